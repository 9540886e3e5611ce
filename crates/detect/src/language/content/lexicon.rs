//! Swedish terms per content category.
//!
//! One term a line. Flags: `term*` is a stem (any letters may follow: `depression*` matches
//! "depressionen", "depressiva"); `*term` may end a compound ("alkoholmissbruk"); `=Term`
//! must match in exactly this case ("=Kommunal" is the union, "kommunal" the adjective);
//! `!term` is weak: common in general text, reported only when a person is nearby.
//! Without `*` a term takes the ordinary Swedish endings (-en, -et, -er, -erna, -ar, -s …).

/// Health: diagnoses, conditions, medicines, care.
pub(crate) const HEALTH: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8), later
!skär sig igen
!spela casino
!spelar casino
!sluta spela
# found missing by cross-validation on dev (the twenty-second session)
!min sponsor
!ringer min sponsor
!sin sponsor
# found missing by the eighth probe set (corpus/probes/tuned8)
=Downs
har downs
ryggskad*
drogtest*
positivt drogtest
=THC
!problem med tabletter
!problem med piller
börjat ta hormoner
tar hormoner
!gått vilse
!börjat glömma
# found missing by cross-validation on dev (the twenty-first session)
kräkts
har ms
har MS
beroendecentrum
psykiatrimottagning*
# found missing by the seventh probe set (corpus/probes/tuned7) and the retired files
!börjat ramla
!ser saker som inte finns
!tappat massor i vikt
!tappat mycket i vikt
!gått ner massor
!gått ner mycket i vikt
!sluddrade
!sluddrigt
!lät väldigt påverkad
!lät påverkad
!verkade påverkad
!tandläkaren
!tandläkartid*
!tandläkarbesök*
benso
bensos
bensor
=KUB
knäop
knäopen
# found missing by cross-validation on dev (words the models knew from one document)
hjärtklappning
pennor till sockret
lågt socker
högt socker
om alkoholen
med alkoholen
om spriten
!inte sovit ordentligt
# found missing by the sixth probe set (corpus/probes/tuned6)
är i v.
hör inget på
hör ingenting på
fått en propp
fick en propp
har typ 1
har typ 2
slut i huvudet
fick ett anfall
fick två anfall
fått ett anfall
fick anfall
äter typ ingenting
äter nästan ingenting
gått ner jättemycket
rättspsyk*
# found missing by the fifth probe set (corpus/probes/tuned5)
drogfri*
sprucken läpp
blått öga
tourette
jack i huvudet
föll i duschen
# found missing by the retired held-out files 318–337
melanom*
nevus
dermatoskopi*
aa-möte*
anonyma alkoholister
hon är i vecka
hon är i v
är gravid i vecka
barnmorskan sagt
barnmorskan har sagt
# everyday words found missing by the fourth probe set (corpus/probes/tuned4)
deltidssjukskriv*
diagnoskod*
stressreaktion*
sjukskr
!huvudlöss
!löss
sundowning
blev sydd
# everyday words found missing by the third probe set (corpus/probes/tuned3)
!urinprov*
problem med spriten
problem med alkoholen
problem med drickandet
rehabutredning*
rehabmöte*
rehabsamtal*
det där psykiska
med det psykiska
lavemang*
fått gips
har gips
gipsad*
ligger inne på sjukhus*
ligger inne på barnsjukhus*
ligger inne på avdelning*
!stygn
# everyday words found missing by the second probe set (corpus/probes/tuned2)
inte orkar leva
inte vill leva
sondmat*
jag är i vecka
bältros*
amputerad*
amputerat
amputation*
endometrios*
livets slutskede
lewy body
bakis
lyckopiller
liggsår*
lårbenshalsen
febrig*
lös mage
hjärtfel*
färgblind*
eksem*
bypassoperation*
bihåleinflammation*
=IBS
=UMS
selektiv mutism
tillökning
vill inte leva
orkar inte leva
propp i huvudet
propp i benet
strokeenhet*
kräktes
kräks
diskbråck*
ser väldigt dåligt
hör väldigt dåligt
dricker för mycket
# everyday words found missing by probing sentences written outside the corpus
=KAD
=MVC
=BVC
mödravårdscentral*
barnavårdscentral*
magbesvär
magproblem*
spyr
kastar upp
kastade upp
slagit i huvudet
slog i huvudet
slagit i skallen
bröt handleden
brutit handleden
brutit armen
bakfull*
luktade fylla
luktar fylla
darrar på händerna
darrade på händerna
!knöl
norspan*
voltaren
levemir
gabapentin
flutide
seretide
losec
nexium
amoxicillin
dalacin
heracillin
fontex
cetirizin
diklofenak
naproxen
kodein
=IVF
provrörsbefruktning*
på smällen
hör dåligt
tål inte gluten
tål inte laktos
tål inte mjölk
tål inte nötter
vill dö
vill inte leva
ta livet av sig
tog livet av sig
tagit livet av sig
tar livet av sig
bröstsmärt*
epilepsianfall*
hiv-profylax
hivprofylax
bränna ut sig
bränt ut sig
brände ut sig
korsband*
halsmandl*
=DLD
dyskalkyli*
läs- och skrivsvårigh*
läs- och skrivutredning*
gikt
giktanfall*
slaganfall*
krampade
krampat
krampanfall*
tuppade av
tuppat av
barnakuten
legat inne
låg inne på
twinrix
havrix
dukoral
n-tandvård
nödvändig tandvård
tandprotes*
helprotes*
delprotes*
=UA
psykmott*
hör röster
hör rösterna
blindtarmsinflammation
bukspottkörtelinflammation
ledinflammation
senskideinflammation
hjärnhinneinflammation
urinblåseinflammation
halsinflammation
lades in på
lagts in på
inlagd på sjukhus
ner i vikt
ner mycket i vikt
ner väldigt mycket i vikt
ner kraftigt i vikt
tappat i vikt
tappat mycket i vikt
viktnedgång*
# a care note's weighing: 'Vägd 48,1 kg (förra veckan 49,3)'
vägd
äter nästan inget
äter nästan ingenting
slutat äta
räknar kalorier
mastektomi*
förebyggande operation
humira
biktarvy
genvoya
triumeq
descovy
truvada
odefsey
dovato
truxal
buvidal
trulicity
victoza
spiriva
oxycontin
cipralex
efexor
remeron
seloken
pradaxa
clexane
fragmin
eltroxin
metotrexat
methotrexate
!kortison*
remicade
enbrel
stelara
dupixent
wegovy
mounjaro
ocrevus
gilenya
tecfidera
kesimpta
tysabri
xarelto
waran
insulatard
lantus
novorapid
sertralin
escitalopram
elvanse
concerta
medikinet
ritalin
smittspårning*
=IGRA
igra-prov*
lungröntgen*
!röntgen*
magnetkamera*
mr-undersökning*
mr-röntgen*
datortomografi*
gastroskopi*
koloskopi*
mammografi*
biopsi*
spirometri*
=EKG
=ECT
ect-behandling*
ect-mottagning*
elbehandling*
droppbehandling*
neurologmottagning*
neurologkliniken
!neurolog*
på neuro
infektionsmottagning*
infektionsklinik*
ryggoperation*
rygg-op
höftoperation*
knäoperation*
axeloperation*
opererad*
opereras
opererades
!operation*
!lss
(personkrets 1)
(personkrets 2)
(personkrets 3)
tillhör personkrets*
ingår i personkrets*
smärtlindring*
smärta höger
smärta vänster
smärtor höger
smärtor vänster
kunde ej belasta
kan ej belasta
kunde inte belasta
kan inte belasta
tandextraktion*
rotfyllning*
akut tandvård
vuxenpsykiatri*
palliativ*
hospice
lymfom*
=IVF
!utmattad
sjukskriv*
yrsel
förvirrad*
blodsocker*
blodtryck*
högt blodtryck
feber
illamående
kräkningar
sömnsvårigheter
sömnproblem*
ont i
klagar på smärt*
klagar på värk*
klagar på ont
klagar på yrsel
klagar på huvudvärk
klagar på illamående
klagar på trötthet
klagar på andnöd
klagar på klåda
klagar på sveda
klagar på höft*
klagar på knä*
klagar på rygg*
klagar på mag*
klagar på bröst*
klagar på ben*
klagar på axl*
klagar på nack*
klagar på tänder*
klagar på tand*
klagar över smärt*
klagar över ont
klagar över yrsel
trombyl
metoprolol
omeprazol
simvastatin
atorvastatin
levaxin
eliquis
panodil
kåvepenin
furix
enalapril
amlodipin
oxascand
zopiklon
melatonin
voxra
lergigan
lyrica
pregabalin
tradolan
citodon
sjukskrivning*
sjukfrånvaro
!sjuktillfälle*
!hosta
!hostar
sjukavdrag*
karensavdrag*
sjuklön*
*diagnos*
diagnostiser*
depression*
deprimerad*
ångest*
*ångestsyndrom
utbrändhet
utbränd*
in i väggen
in i den berömda väggen
förlängt intyget
förlängt sjukintyget
förlängt läkarintyget
akut-p-piller
akut p-piller
dagen efter-piller
dagen-efter-piller
dagen efter piller
p-piller
sex utan kondom
oskyddat sex
utmattningssyndrom*
*utmattningsdepression
psykisk ohälsa
psykiska ohälsa
psykiskt sjuk*
psykos*
psykotisk*
schizofreni*
bipolär*
adhd
=ADD
autism*
aspergers*
asperger
npf
neuropsykiatrisk*
tourettes*
dyslexi*
diabetes
diabetiker
*cancer*
tumör*
leukemi
hiv
aids
hepatit*
epilepsi*
epileptiker
astma*
*allergi*
migrän*
stroke
hjärtinfarkt*
hjärtsvikt
demens*
alzheimer*
parkinson*
=MS
multipel skleros
reumati*
fibromyalgi
=KOL
cystisk fibros
anorexi*
bulimi*
ätstörning*
självskad*
# cutting oneself, in the words of a note ('skär sig i armarna', 'har skurit sig'; not 'det
# skar sig mellan dem', a quarrel)
skär sig i
skär sig på
skär sig när
skar sig i
skar sig på
skurit sig
skära sig
rispar sig
rispat sig
självmordsförsök*
suicid*
självmordstankar
försökt ta sitt liv
försökte ta sitt liv
försöka ta sitt liv
tagit sitt liv
tog sitt liv
hängning
!missbruk
alkoholmissbruk*
drogmissbruk*
narkotikamissbruk*
missbruksproblem*
beroendeproblem*
missbrukar*
alkoholberoende*
problem med alkohol*
luktat alkohol
luktar alkohol
luktade alkohol
luktat sprit
luktar sprit
luktade sprit
alkoholist*
narkoman*
beroendevård*
abstinens*
graviditet*
gravid
väntar barn
väntade barn
väntar tvillingar
# a pregnancy's week ('Hon är i tolfte veckan')
är i tionde veckan
är i elfte veckan
är i tolfte veckan
är i trettonde veckan
är i fjortonde veckan
är i femtonde veckan
är i sextonde veckan
är i tjugonde veckan
# a gender identity clinic's assessment (a health matter)
könsmottagning*
könsutredning*
missfall
abort*
funktionsnedsättning*
funktionsvariation*
rörelsehinder*
!rullstol*
elrullstol*
!bostadsanpassning*
=CP
=CP-skad*
!urinlukt
!luktar urin
!vägrar duscha
!vägrat dusch
!vägrar dusch
hörselskad*
synskad*
blind
döv
intellektuell funktionsnedsättning
utvecklingsstörning*
förståndshandikapp*
hjärnskad*
covid*
corona
influensa
lunginflammation
!sjukhus*
akuten
inlagd på
!vårdcentral*
!blodprov*
!provsvar*
!doktorn
sköldkört*
beroendeteam*
beroendemottagning*
beroendeenhet*
depotinjektion*
havandeskapsförgiftning*
druckit för mycket
dricker för mycket
drack för mycket
alkoholtest*
=PEth
beroendemottagning*
foglossning*
väntar tvillingar
depåinjektion*
på psyk
psykakuten
hos tandhygienist*
hos tandläkar*
rotbehandling*
rotfyllning*
tandlossning*
parodontit*
hos barnmorskan
barnmorskemottagning*
tandläkarbesök*
tandvårdsbesök*
tandläkartid*
psykiatri*
bup
läkarintyg*
läkarutlåtande*
!journal
patientjournal*
medicinering*
medicinerar
medicinen
läkemedel*
antidepressiv*
sertralin
sertralins
citalopram
escitalopram
fluoxetin
venlafaxin
mirtazapin
metylfenidat
concerta
ritalin
elvanse
lithium
litium
olanzapin
quetiapin
risperidon
insulin*
metformin
waran
alvedon
ipren
morfin
oxykodon
tramadol
subutex
metadon
suboxone
sobril
stesolid
imovane
propavan
atarax
zoloft
cipramil
terapi
kbt
!psykolog*
!kurator*
!rehabilitering*
arbetsträning*
arbetsförmåga
nedsatt arbetsförmåga
sjukpenning*
sjukersättning*
aktivitetsersättning*
rehabkedja*
!företagshälsovård*
!hälsa
!hälsotillstånd*
!sjuk
!sjukdom*
!ohälsa
!vård
!skada
!mår dåligt
!mår skit
!mår så dåligt
!mår sämre
!orkar inte mer
!inte sovit på
!smärta*
!värk
demenssjuk*
dement*
minnessvikt*
kognitiv svikt
hjärtsjuk*
lungsjuk*
njursjuk*
bensodiazepin*
antipsykotisk*
neuroleptika
opioid*
smärtstillande
sömntabletter
sömnmedel
nedstämd*
suicidrisk*
självmordsrisk*
panikångest*
panikattack*
ptsd
trauma*
posttraumatisk*
ocd
tvångssyndrom
down syndrom
downs syndrom
cp-skada*
cerebral pares
ryggmärgsbråck
hjärntrötthet
långtidssjukskriv*
sjukskriven
inskriven på
vårdplan*
vårdplanering*
!hemsjukvård*
rehabilitering*
läkarbesök*
remiss till
hjärnskakning*
skurit mig
skar mig
skär mig
retinitis pigmentosa
syncentral*
synpedagog*
*fraktur*
benbrott
bröt armen
bröt benet
brutit armen
brutit benet
stukning*
stukad*
vrickad*
whiplash*
gipsad*
medvetslös*
svimmade
svimmat
magsjuk*
maginfluensa
kräksjuka
förkyld*
förkylning*
halsfluss
öroninflammation*
vattkoppor
mrsa
esbl
norovirus*
calicivirus*
tbc
syfilis
gonorré
mässling*
skabb
scabies
impetigo
svinkoppor
streptokock*
sepsis
blodförgiftning*
borrelia
kikhosta
påssjuka
rs-virus*
huvudvärk
magont
ryggont
ryggproblem*
ryggskott
diskbråck
opererad*
allergisk*
kramper
fallrisk*
hörapparat*
!rullator*
!skolsköterska*
!läkaren
urinvägsinfektion*
=UVI
uvi
höftfraktur*
höftoperation*
lårbensbrott*
strokens
syrgas
skadar sig själv
skada sig själv
skadat sig själv
!rollator*
!kräks
!kräkas
!kräkts
!kräkt
vinterkräksjuka
!spytt
!spydde
nedsatt syn
nedsatt hörsel
synnedsatt*
hörselnedsatt*
!ultraljud
rutinultraljud*
!slutat äta
!äter inte
!åt inget
!äter dåligt
!ätit dåligt
!går ner i vikt
!gått ner i vikt
!gått ner flera kilo
!tappat i vikt
!viktnedgång*
!pga ryggen
!på grund av ryggen
!ont i ryggen
!ont i magen
!ont i huvudet
!dålig rygg
!sover dåligt
psykologsamtal*
samtal hos psykolog
samtal hos en psykolog
samtalskontakt hos psykolog
gått till psykolog
går till psykolog
!sovit dåligt
!vaknar skrikande
!svårt att sova
!svårt att andas
!andfådd*
!ramlat
!ramlade
!kissat i sängen
!kissar på sig
!snurrig
!helt borta
!tog han sprutan
!tog hon sprutan
!enheter insulin
!hjärtproblem
!börjar dricka
!börjat dricka
!dricka igen
!dricker igen
!druckit igen
!druckit hela
!dricker varje
!full varje helg
!super
artros*
*knäprotes*
*höftprotes*
protesoperation*
nyopererad*
lårbenshalsfraktur*
artrit*
ledgångsreumatism
osteoporos
benskörhet
inkontinens*
kateter*
stomi*
dialys*
njursvikt
cellgift*
strålbehandling*
# radiotherapy told in everyday words: 'hon börjar strålningen v. 10'
börjar strålningen
börjar med strålningen
börjar strålning
får strålning
fått strålning
går på strålning
cytostatika*
pacemaker*
blodpropp*
postcovid
tinnitus
ryggmärgsskad*
hjärnskad*
afasi
personlighetsstörning*
opereras
kryckor
celiaki
glutenintolerans
laktosintolerans
adrenalinpenna*
epipen*
!utmattning
!utmattningen
onkologen
onkologiska
efter sin operation
efter operationen
inför operationen
inför sin operation
medvetandesänk*
alkoholpåverka*
rökförgift*
brännskad*
ligger inne på sjukhuset
ligger inne på lasarettet
!förvirring
!glömsk*
ep-anfall
epileptiskt anfall
epileptiska anfall
anfallsdagbok*
buccolam
midazolam
diazepam
theralen
haldol
haloperidol
heminevrin
oxynorm
prednisolon
betapred
ventoline
bricanyl
pulmicort
symbicort
xarelto
warfarin
lamotrigin
lamictal
keppra
levetiracetam
tegretol
karbamazepin
valproat
orfiril
trileptal
ergenyl
klozapin
leponex
abilify
aripiprazol
seroquel
zyprexa
risperdal
strattera
intuniv
medikinet
attentin
circadin
propiomazin
alimemazin
hydroxizin
oxazepam
temesta
xanor
alprazolam
lorazepam
naloxon
antabus
campral
naltrexon
buprenorfin
novorapid
lantus
humalog
ozempic
jardiance
forxiga
furosemid
spironolakton
bisoprolol
losartan
ramipril
candesartan
euthyrox
donepezil
aricept
memantin
ebixa
rivastigmin
madopark
sinemet
levodopa
vid behovs-ordination
vid behovsordination
vb-ordination
!ryckningar
!amfetamin
!kokain
!heroin
!cannabis
!hasch
!tramadolmissbruk
drug use
uses cannabis
!drinks heavily
!skolläkare*
!förlossning*
inlagd på sjukhus*
inlagd på psyket
dricker som en svamp
inlagd på avdelning*
blev inlagd
är inlagd
sömnapné*
synnedsättning*
hörselnedsättning*
=ALS
förmaksflimmer
=LPT
tuberkulos
klamydia*
könssjukdom*
!sjukgymnast*
!fysioterapeut*
!arbetsterapeut*
!logoped*
!dietist*
svimning*
antibiotika*
penicillin*
!vaccin*
operera
operera bort
opererades
opererat
opererats
bensår*
trycksår*
fotsår*
såret
såren
sår på
hennes sår
hans sår
vätskar
sårvård*
dosett*
medicin
morgonmedicin*
kvällsmedicin*
lunchmedicin*
nattmedicin*
har ont
hade ont
haft ont
mer ont
så ont
väldigt ont
jätteont
röker cannabis
rökt cannabis
använder cannabis
använt cannabis
röker hasch
röker på
röka på
rökt på
rökte på
röker gräs
vid behovs-tablett
vid behovs-medicin
vid behov-tablett
vid behovs-läkemedel
vb-medicin
tablett
tabletten
tabletter
tabletterna
svullen
svullna
svullnad*
elakartad*
elakartat
godartad*
inte ville leva
inte vill leva
vill inte leva
ville inte leva
";

/// Ethnic origin.
pub(crate) const ETHNICITY: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
kalvmärkning*
renskötare
renskötsel
har renar
sameby*
samebyn
# found missing by cross-validation on dev (the twenty-first session)
romani chib
# found missing by the sixth probe set (corpus/probes/tuned6)
!klan
# found missing by the fifth probe set (corpus/probes/tuned5)
är serb
som är serb
den somaliska
# everyday words found missing by the second probe set (corpus/probes/tuned2)
är same
är samer
halvsomalier
romni
palestinier*
resandefolk*
är resande
är resanden
tattare
afghanska ursprung
afghanskt ursprung
somaliska ursprung
somaliskt ursprung
kurdiska ursprung
arabiska ursprung
hennes ursprung
hans ursprung
deras ursprung
familjens ursprung
svart hudfärg
etnicitet*
etniskt ursprung
etnisk bakgrund
etniska bakgrund
!ras
!rom
romer
romsk*
samisk*
samer
tornedaling*
kurd*
somalisk bakgrund
utländsk bakgrund
invandrarbakgrund
annan etnisk
hudfärg*
mörkhyad*
!ursprung
etnisk tillhörighet
etniska tillhörighet
etnisk grupp
etniska gruppen
folkgrupp*
arabisk bakgrund
afrikansk bakgrund
kurdisk bakgrund
persisk bakgrund
turkisk bakgrund
eritreansk bakgrund
syrisk bakgrund
irakisk bakgrund
afghansk bakgrund
iransk bakgrund
etiopisk bakgrund
bosnisk bakgrund
utländsk härkomst
utländskt ursprung
hazar
hazarer
hazara*
pashtun*
tadzjik*
uzbek*
assyrier*
assyrisk*
syrianer*
syriansk*
kaldé*
jezidi*
yazidi*
sverigefinn*
sverigefinsk*
afrosvensk*
utomeuropeisk*
!somalier
!eritreaner
!afghaner
!syrier
!irakier
!araber
!iranier
!turkar
!polacker
!zigenare
svartskalle*
blatte*
neger*
finsk bakgrund
polsk bakgrund
kosovoalbansk*
albansk bakgrund
bosniakisk*
bosnienserb*
bosnienkroat*
bosniak
bosniaker
kosovoalbaner
serbisk bakgrund
kroatisk bakgrund
chilensk bakgrund
thailändsk bakgrund
vietnamesisk bakgrund
kinesisk bakgrund
indisk bakgrund
pakistansk bakgrund
palestinsk bakgrund
libanesisk bakgrund
romsk bakgrund
tjetjen*
uigur*
rohingya
!från Syrien
!född i Syrien
!kommer från Syrien
!kom från Syrien
!från Irak
!född i Irak
!kommer från Irak
!kom från Irak
!från Iran
!född i Iran
!kommer från Iran
!kom från Iran
!från Afghanistan
!född i Afghanistan
!kommer från Afghanistan
!kom från Afghanistan
!från Somalia
!född i Somalia
!kommer från Somalia
!kom från Somalia
!från Eritrea
!född i Eritrea
!kommer från Eritrea
!kom från Eritrea
!från Etiopien
!född i Etiopien
!kommer från Etiopien
!kom från Etiopien
!från Turkiet
!född i Turkiet
!kommer från Turkiet
!kom från Turkiet
!från Bosnien
!född i Bosnien
!kommer från Bosnien
!kom från Bosnien
!från Kosovo
!född i Kosovo
!kommer från Kosovo
!kom från Kosovo
!från Serbien
!född i Serbien
!kommer från Serbien
!kom från Serbien
!från Thailand
!född i Thailand
!kommer från Thailand
!kom från Thailand
!från Filippinerna
!född i Filippinerna
!kommer från Filippinerna
!kom från Filippinerna
!från Vietnam
!född i Vietnam
!kommer från Vietnam
!kom från Vietnam
!från Pakistan
!född i Pakistan
!kommer från Pakistan
!kom från Pakistan
!från Libanon
!född i Libanon
!kommer från Libanon
!kom från Libanon
!från Palestina
!född i Palestina
!kommer från Palestina
!kom från Palestina
!från Ukraina
!född i Ukraina
!kommer från Ukraina
!kom från Ukraina
!från Marocko
!född i Marocko
!kommer från Marocko
!kom från Marocko
!från Nigeria
!född i Nigeria
!kommer från Nigeria
!kom från Nigeria
!från Kongo
!född i Kongo
!kommer från Kongo
!kom från Kongo
!från Gambia
!född i Gambia
!kommer från Gambia
!kom från Gambia
!från Sudan
!född i Sudan
!kommer från Sudan
!kom från Sudan
!från Jemen
!född i Jemen
!kommer från Jemen
!kom från Jemen
!från Libyen
!född i Libyen
!kommer från Libyen
!kom från Libyen
!från Albanien
!född i Albanien
!kommer från Albanien
!kom från Albanien
!från Bangladesh
!född i Bangladesh
!kommer från Bangladesh
!kom från Bangladesh
!från Uganda
!född i Uganda
!kommer från Uganda
!kom från Uganda
!från Kenya
!född i Kenya
!kommer från Kenya
!kom från Kenya
!från Colombia
!född i Colombia
!kommer från Colombia
!kom från Colombia
!syrisk medborgare
!syrisk medborgarskap
!irakisk medborgare
!irakisk medborgarskap
!iransk medborgare
!iransk medborgarskap
!afghansk medborgare
!afghansk medborgarskap
!somalisk medborgare
!somalisk medborgarskap
!eritreansk medborgare
!eritreansk medborgarskap
!etiopisk medborgare
!etiopisk medborgarskap
!turkisk medborgare
!turkisk medborgarskap
!bosnisk medborgare
!bosnisk medborgarskap
!thailändsk medborgare
!thailändsk medborgarskap
!filippinsk medborgare
!filippinsk medborgarskap
!vietnamesisk medborgare
!vietnamesisk medborgarskap
!pakistansk medborgare
!pakistansk medborgarskap
!libanesisk medborgare
!libanesisk medborgarskap
!palestinsk medborgare
!palestinsk medborgarskap
!ukrainsk medborgare
!ukrainsk medborgarskap
!marockansk medborgare
!marockansk medborgarskap
!nigeriansk medborgare
!nigeriansk medborgarskap
!kongolesisk medborgare
!kongolesisk medborgarskap
!gambisk medborgare
!gambisk medborgarskap
!sudanesisk medborgare
!sudanesisk medborgarskap
!jemenitisk medborgare
!jemenitisk medborgarskap
!albansk medborgare
!albansk medborgarskap
!kurdisk medborgare
!kurdisk medborgarskap
";

/// Political opinions.
pub(crate) const POLITICAL: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
=AfS
är med i partiet
med i SD
=SD-loggan
# a member list of a party (cross-validation on dev)
vilka som är med i partiet
partiets medlemslista
medlemslistan för partiet
# found missing by the sixth probe set (corpus/probes/tuned6)
röstar sd
sd:are
sd:s lista
# everyday words found missing by the fourth probe set (corpus/probes/tuned4)
sd-klistermärk*
# everyday words found missing by the third probe set (corpus/probes/tuned3)
kandiderar för
ställer upp för
sd-flagga*
# a party by its short name after a word that places someone in it ('delar ut flygblad
# för SD'; not an 'SD-kort'), slang, youth parties
=för SD
=i SD
=från SD
sosse
sossar
=MUF
=SSU
=LUF
=KDU
=CUF
=Ung Vänster
=Grön Ungdom
s-förening*
m-förening*
sd-förening*
v-förening*
kd-förening*
mp-förening*
moderatförening*
liberalförening*
nominerad av (m)
nominerad av (s)
nominerad av (sd)
nominerad av (c)
nominerad av (v)
nominerad av (l)
nominerad av (kd)
nominerad av (mp)
=Socialdemokraterna
=Moderaterna
=Sverigedemokraterna
=Vänsterpartiet
=Centerpartiet
=Liberalerna
=Kristdemokraterna
=Miljöpartiet
=Feministiskt initiativ
=Nyans
=Alternativ för Sverige
=Piratpartiet
=Medborgerlig samling
socialdemokrat*
moderat politiker
moderat ledamot
moderat kommunalråd
moderat väljare
moderat sympatisör
är moderat
var moderat
moderater
sverigedemokrat*
vänsterpartist*
miljöpartist*
kristdemokrat*
kommunist*
nazist*
fascist*
anarkist*
sympatiserar med
sympatisör*
röstar på
röstade på
röstat på
partimedlem*
medlem i partiet
medlem av partiet
politisk åsikt
politiska åsikter
politisk uppfattning
politiskt engagerad
partipolitisk*
!politisk*
partisympati*
vänsterextrem*
högerextrem*
!aktivist*
klimataktivist*
=Nordiska motståndsrörelsen
=NMR
partikamrat*
=lutar åt S
=lutar åt SD
=lutar åt M
=lutar åt V
=lutar åt C
=lutar åt L
=lutar åt KD
=lutar åt MP
";

/// Religious or philosophical beliefs.
pub(crate) const RELIGION: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
rikets sal
hoppat av jehovas
lämnat jehovas
# found missing by the retired held-out files 392–415 (the twenty-second session)
pingstkyrka*
pingströrelse*
missionskyrka*
equmeniakyrka*
baptist*
metodist*
adventist*
laestadian*
=Livets Ord
=Hillsong
# found missing by cross-validation on dev (the twenty-first session)
håller sabbat
håller jag sabbat
# found missing by the sixth probe set (corpus/probes/tuned6)
!fastar
börjat fasta
har konverterat
# found missing by the fifth probe set (corpus/probes/tuned5)
bära slöja
bära hijab
bära niqab
bär niqab
=Jom Kippur
!sabbaten
# everyday words found missing by the second probe set (corpus/probes/tuned2)
bär sjal
bära sjal
bär hijab
är jehovas
på hajj
från hajj
pesach
gått ur kyrkan
gick ur kyrkan
frälst
rosenkrans*
kyrkorådet
=jom kippur
håller sabbat
håller jag sabbat
firar sabbat
firar sabbaten
sabbatsfirande
muslim*
kristen
kristna
kristendom*
jude
judar
judisk*
judendom*
hindu*
buddhist*
sikh*
katolik*
katolsk*
ortodox*
pingstvän*
pingstkristen
pingstkristna
sunnimuslim*
shiamuslim*
pingstförsamling*
jehovas vittne*
mormon*
frikyrk*
svenska kyrkan
konfirmand*
islam*
moské*
synagoga*
!församling*
trossamfund*
religion*
religiös*
troende
ateist*
konvertit*
konverterat till islam
konverterat till kristendomen
konverterat till katolicismen
konverterat till judendomen
konverterat till buddhismen
konverterat till hinduismen
konverterat till pingst*
konverterat till frikyrkan
konverterat till kristen tro
konverterade till islam
konverterade till kristendomen
konverterade till katolicismen
konverterade till judendomen
konverterade till buddhismen
konverterade till hinduismen
konverterade till pingst*
konverterade till frikyrkan
konverterade till kristen tro
konverterar till islam
konverterar till kristendomen
konverterar till katolicismen
konverterar till judendomen
konverterar till buddhismen
konverterar till hinduismen
konverterar till pingst*
konverterar till frikyrkan
konverterar till kristen tro
konvertera till islam
konvertera till kristendomen
konvertera till katolicismen
konvertera till judendomen
konvertera till buddhismen
konvertera till hinduismen
konvertera till pingst*
konvertera till frikyrkan
konvertera till kristen tro
bönerum
kan be under
kan be i
kan be på
ställe att be
plats att be
rum att be
rum för bön
plats för bön
bönematta*
beder fem gånger
ber fem gånger
bär slöja
bär hijab
hijab
sjal av religiösa
!ramadan
fastar under
shiamuslim*
sunnimuslim*
shia*
sunni*
shiit*
sunnit*
alevit*
ahmadiyya*
mandé*
zoroastr*
bahai*
laestadian*
syrisk-ortodox*
koptisk*
=Eid
firar eid
eid al-fitr
eid al-adha
fira eid
firade eid
fira ramadan
fastar under ramadan
fastar under ramadanen
ber fredagsbön
fredagsbönen
!=eid
kippa
bär turban
går i kyrkan
går till kyrkan
går i moskén
går till moskén
går i synagogan
halalmat
äter bara halal
koscher*
döpt i
döptes i
lät döpa sig
!iftar
fasta under ramadan
!går undan och be
!går undan och ber
!gå undan och be
!be på rasterna
!ber på rasterna
!be på lunchrasterna
!ber på lunchrasterna
!bönematta*
!bönestund*
";

/// Trade-union membership.
pub(crate) const UNION: &str = "
# a union's local club (the twenty-second session)
kommunalklubb*
lärarklubb*
# found missing by the fifth probe set (corpus/probes/tuned5)
visionklubb*
medlemskassan
!=Metall
!=SAC
!=Kommunal
!=Vision
!=Unionen
!=Lärarförbundet
!=Lärarnas Riksförbund
!=Sveriges Lärare
!=Vårdförbundet
!=SSR
!=Akademikerförbundet SSR
!=IF Metall
!=Byggnads
!=Seko
!=Handels
!=Fastighets
!=Ledarna
!=Sveriges Ingenjörer
!=Jusek
!=Saco
!=Saco-S
!=TCO
!=LO
!=DIK
!=Fysioterapeuterna
!=Sveriges läkarförbund
!=Läkarförbundet
!=Vårdförbundets
!=Kommunals
!=Visions
!=Unionens
!=Journalistförbundet
!=Naturvetarna
!=Sveriges Arkitekter
!=Akavia
!=Kommunalarbetareförbundet
fackförbund*
fackligt ansluten
fackligt anslutna
facklig medlem
fackmedlem*
medlem i facket
med i facket
fackligt ombud
!skyddsombud*
huvudskyddsombud*
fackklubb*
!facklig*
!facket
facklig företrädare för
fackligt förtroendevald*
facklig förtroendeman
sektionsstyrelse*
fackombud*
!=Transport
!=Livs
!=GS-facket
!=Officersförbundet
!=Farmaciförbundet
!=Sveriges Skolledare
!=Akademikerförbundet
!=Civilekonomerna
!=Finansförbundet
!=Hotell- och restaurangfacket
!=HRF
!=Elektrikerförbundet
!=Målarna
!=Sveriges Universitetslärare
!=Psykologförbundet
fackavgift*
facklig tillhörighet
fackföreningsmedlem*
fackföreningsavgift*
fackavgift*
gick med i facket
";

/// Sexual orientation and sex life.
pub(crate) const SEXUAL: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
hans pojkvän
hennes flickvän
han har pojkvän
han har en pojkvän
hon har flickvän
hon har en flickvän
kom ut för familjen
kom ut som
kommit ut som
# found missing by the fifth probe set (corpus/probes/tuned5)
grindr
# everyday words found missing by the second probe set (corpus/probes/tuned2)
två mammor
två pappor
regnbågsfamilj*
flata
flator
bytt kön
byta kön
juridiskt kön
homosexuell*
bög
bögar
bögarna
bögen
flata
flator
bisexuell*
heterosexuell*
hbtq*
hbt
lesbisk*
gay
queer
sexuell läggning
sexuella läggning
sexualitet*
sexliv*
transperson*
transsexuell*
könsdysfori*
könsbekräftande
sambo med en man
partner av samma kön
samkönad*
hennes fru
hennes hustru
hennes flickvän
hans man
hans make
hans pojkvän
hennes frus
hans mans
kom ut som
samkönat*
transkvinna*
transman
transmannen
ickebinär*
pansexuell*
asexuell*
jag är bi
att jag är bi
hon är bi
han är bi
hen är bi
är bi och
";

/// Genetic data.
pub(crate) const GENETIC: &str = "
# found missing by the sixth probe set (corpus/probes/tuned6)
huntington*
# everyday words found missing by the third probe set (corpus/probes/tuned3)
brca-gen*
brca1-gen*
brca2-gen*
dna
*dna-prov*
dna-analys*
gentest*
dna-test*
faderskapstest*
sannolikheten för faderskap
rättsgenetisk*
brca*
=BRCA1
=BRCA2
brca1-mutation*
brca-mutation*
anlagsbärare
genetisk utredning
genetiskt test*
genetisk*
arvsanlag*
ärftlig*
gensekvens*
släktforskning med dna
";

/// Biometric data for identification.
pub(crate) const BIOMETRIC: &str = "
fingeravtryck*
!fingerläsare*
!pekfingr*
!ansiktsigenkänning*
ansiktsbild för identifiering
ansiktsbilder för identifiering
!biometrisk*
irisskanning*
ögonskanning*
röstavtryck*
handflatsskanning*
ansiktsgeometri
# found missing by the seventh probe set (corpus/probes/tuned7)
ansiktsdata
!ansiktsmall*
";

/// Children.
/// "My son", "my daughter" in Ukrainian and Russian (a parent's e-mail pasted for a
/// translation): a child and a reference to one person, in both lists.
pub(crate) const FAMILY_CYRILLIC: &str = "
мій син
Мій син
моя донька
Моя донька
мой сын
Мой сын
моя дочь
Моя дочь
";

pub(crate) const CHILD: &str = "
ströfrånvaro*
fryser ut
frös ut
utfryst*
barnet
barnets
eleven
elevens
vårdnadshavaren
vårdnadshavarna
lvu
=LVU
bbic
orosanmälan*
orosanmäl*
barnavårdsutredning*
barnutredning*
*barnavård*
familjehemsplacer*
särskilt stöd
åtgärdsprogram*
skolfrånvaro*
ogiltig frånvaro
hemmasittare
extra anpassningar
=EHT
elevhälsoteam*
!underårig*
!minderårig*
ensamkommande
hans son
hennes son
hans dotter
hennes dotter
min son
min dotter
vår son
vår dotter
!er son
!er dotter
!din son
!din dotter
mitt barn
våra barn
mina barn
!sonen
!dottern
!flickan
!pojken
barnahus*
!barnen
!eleverna
!elever
!elev
!barn
!vårdnadshavare*
!vårdnad*
!umgänge*
!elevhälsa*
!förskoleklass*
!förskola*
!går i skolan
!gick i skolan
!börjat skolan
!börjar skolan
!i skolan
!lågstadiet
!mellanstadiet
!högstadiet
!gymnasiesärskola*
!grundsärskola*
!anpassad grundskola
!årskurs*
!spädbarn*
!bebis*
!nyfödd*
!tonåring*
!förälder
!föräldrar
går i 1:an
går i 2:an
går i 3:an
går i 4:an
går i 5:an
går i 6:an
går i 7:an
går i 8:an
går i 9:an
går i ettan
går i tvåan
går i trean
går i fyran
går i femman
går i sexan
går i sjuan
går i åttan
går i nian
går i förskoleklass
går i årskurs
går på förskola*
går på fritids
!åk
vårt barn
min flicka
min pojke
mina döttrar
mina söner
my son
my daughter
our son
our daughter
my child
my children
our children
anmäla oro
oro för ett barn
oro för barnet
oro för en elev
oro för eleven
!född
!born
vårdnadstvist*
vårdnadsutredning*
umgängesutredning*
boendeutredning*
umgängesstöd*
samarbetssamtal*
barnsamtal*
elevärende*
elevakt*
elevdokumentation
skolpliktsbevakning
!kränkande behandling
kränkningsanmälan*
avstängning av elev
avstängd från skolan
!modersmålsundervisning
!studiehandledning*
särskild undervisningsgrupp
resursskola*
!skolskjuts*
!barnets bästa
!barnens bästa
!children
!child
her son
his son
her daughter
his daughter
the older boy
the younger boy
the older girl
the younger girl
!kids
!frånvaro
!frånvaron
!från 6an
!från 7an
!från 8an
!från 9an
!i 6an
!i 7an
!i 8an
!i 9an
!i 6:an
!i 7:an
!i 8:an
!i 9:an
!1-åring*
!1-årig*
!2-åring*
!2-årig*
!3-åring*
!3-årig*
!4-åring*
!4-årig*
!5-åring*
!5-årig*
!6-åring*
!6-årig*
!7-åring*
!7-årig*
!8-åring*
!8-årig*
!9-åring*
!9-årig*
!10-åring*
!10-årig*
!11-åring*
!11-årig*
!12-åring*
!12-årig*
!13-åring*
!13-årig*
!14-åring*
!14-årig*
!15-åring*
!15-årig*
!16-åring*
!16-årig*
!17-åring*
!17-årig*
!ettåring*
!tvååring*
!treåring*
!fyraåring*
!femåring*
!sexåring*
!sjuåring*
!åttaåring*
!nioåring*
!tioåring*
!elvaåring*
!tolvåring*
!trettonåring*
!fjortonåring*
!femtonåring*
!sextonåring*
!sjuttonåring*
den unge
den unges
!skolbarn*
!förskolebarn*
!fosterbarn*
!familjehemsbarn*
";

/// Criminal offences (GDPR art. 10).
pub(crate) const CRIME: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
!misstänks ha
# found missing by the seventh probe set (corpus/probes/tuned7) and the cross-validation
!röker hasch
!rökte hasch
!klottrade
!klottrat
!rutan krossades
!krossade rutan
!sitter i förhör
!i förhör hos polisen
!blivit av med körkortet
fortkörning*
!snott ur kassan
# found missing by cross-validation on dev
kontant under bordet
pengar under bordet
jobbar svart
jobbade svart
körde full
körde berusad
# found missing by the sixth probe set (corpus/probes/tuned6)
mistänkt*
fifflat med
fifflar med
fifflade med
åkte dit för
blev av med körkortet
# everyday words found missing by the fourth probe set (corpus/probes/tuned4)
dagsböter
rattfylla
förföljd
blivit förföljd
vet var du bor
tjänstefel
anmält till polisen
# everyday words found missing by the third probe set (corpus/probes/tuned3)
blev lurad på
lurades på
blivit lurad på
blev rånad
blev rånade
rånades
!rånad
!hotade
spottad på
spottade på
knivhot*
med kniv i
hotade med kniv
# everyday words found missing by the second probe set (corpus/probes/tuned2)
tagit pengar ur kassan
tog pengar ur kassan
plockat ur kassan
plockade ur kassan
# everyday words found missing by probing (see HEALTH)
har snott
snodde
förskingrat
förskingrade
langat
13 § pl
13 § polislagen
enligt lob
omhändertagen enligt lob
!knuffade
!slog till
våldtagen
våldtogs
incest*
sexköp*
grooming
barnpornografi*
misshandlade henne
misshandlade honom
slog henne
slog honom
slagit henne
slagit honom
langar
langade
langning*
säljer gräs
säljer knark
säljer narkotika
levererar narkotika
tände på förrådet
tände på huset
anlagd brand
anlade branden
mordbrand*
folkbokföringsbrott*
felaktig folkbokföring
dömd*
dömdes
dom för
fälld för
fälldes för
fälls för
fällande dom
misstänkt*
misstanke om brott
åtalad*
åtal*
anhållen
anhållna
häktad*
häkte*
gripen
greps
polisanmäl*
anmäld för
brottsregister*
belastningsregister*
utdrag ur belastningsregistret
fängelse*
villkorlig dom
skyddstillsyn*
samhällstjänst
fotboja
kriminalvård*
frivård*
rattfylleri*
misshandel*
*stöld
stal
snatteri*
ringa stöld
rån
inbrott*
bedrägeri*
olaga hot
narkotikabrott*
narkotikabrottslighet
ringa narkotikabrott
våldtäkt*
sexualbrott*
ofredande*
skadegörelse*
klotter
hot mot tjänsteman
våld mot tjänsteman
vållande
brottsling*
kriminell*
gärningsperson*
ungdomstjänst
kontaktförbud*
besöksförbud*
!brott
# (an administrative fine, 'byggsanktionsavgift', 'miljösanktionsavgift', is no offence;
# 'fällda träd', 'fällda fåglar' are no convictions: only 'fälld för …' is)
olovlig*
ordningsbot*
böter
bötesbelopp
strafföreläggande*
gripits
anhölls
häktades
dömts
åtalats
polisanmälan
brottsanmälan*
misshandlat
hotat
stulit
snattat
ungdomsvård
sluten ungdomsvård
kriminell bakgrund
kriminellt belastad
lagföring*
brottsmisstanke*
!åkte fast
!åkt fast
!snodde
!snattade
!snattar
!langar
!langade
!röker på
!luktar gräs
!vakterna ringde polisen
!bar kniv
!en kniv i
händelsenummer*
kontaktade polisen
ringde polisen
ringde till polisen
ringt polisen
sitter inne
satt inne
suttit inne
sitter på anstalt
# a prison by its name ('han sitter på Kumla sen i måndags')
sitter på Kumla
sitter på Hall
sitter på Tidaholm
sitter på Saltvik
sitter på Österåker
sitter på Hinseberg
sitter på Ystad
satt på Kumla
satt på anstalt
avtjänar straff*
avtjänat straff*
frigiven från anstalt*
muckat
muckar
mord
mordet
mordförsök
dråp
utpressning
häleri
vapenbrott
olaga vapeninnehav
narkotikainnehav
innehav av narkotika
eget bruk av narkotika
trafikbrott
smitning
hemfridsbrott
människohandel
koppleri
penningtvätt
bokföringsbrott
förskingring
mutbrott
tagit emot mutor
trolöshet mot huvudman
dataintrång
identitetsintrång
hatbrott
hets mot folkgrupp
förtal
förolämpning
våldsamt motstånd
egenmäktighet med barn
åtalsunderlåtelse
frikänd*
friades
misstänks för
rattfull
grov vårdslöshet i trafik
olaga intrång
barnfridsbrott
fridskränkning*
kvinnofridskränkning*
jobbar svart
jobbat svart
jobba svart
arbetar svart
arbetat svart
svartjobb*
svartarbete*
bidragsfusk*
fuskar med bidrag*
";

/// Salary.
pub(crate) const SALARY: &str = "
# a candidate's asked pay (cross-validation on dev)
löneanspråk*
lönekrav*
löneönskemål*
pratade om lön
pratade om lönen
diskuterade lön
diskuterade lönen
hans lön
hennes lön
månadslön*
årslön*
timlön*
nettolön*
bruttolön*
grundlön*
lönesamtal*
!lönesättning*
löneökning*
lönehöjning*
löneförhöjning*
lönesänkning*
lönelyft*
lönepåslag*
lönerevision*
lönespecifikation*
lönespec*
lönetillägg
!lönekriterier
ingångslön*
!tjänar
lönen är
lön på
lön om
lönen höjs
lönen sänks
lönenivå*
övertidsersättning*
!lön
!lönen
!löneöversyn*
!arvode
!arvodet
!arvodesnivå*
lön:
lön per månad
kr/mån i lön
";

/// Economic situation.
pub(crate) const ECONOMY: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
löneskuld*
utmätas
utmäts
utmättes
!fått en anmärkning
!har en anmärkning
!kvar till CSN
skuld till CSN
csn-skuld*
!inte har pengar
!har inga pengar
!tömt sparkontot
!tömde sparkontot
!fört över hela sparkontot
# found missing by the seventh probe set (corpus/probes/tuned7)
!fått sparken
!i arv
!ärvde
!ärvt
!fick sparken
!blivit av med jobbet
!blev av med jobbet
!blivit av med båda jobben
!sista besparingar*
!klara hyran
!hyran ligger efter
!förskott på lönen
!en spänn kvar
!lever på nudlar
!blev blåst på
!klarar inte räkningarna
!tre hyror efter
!två hyror efter
# found missing by the sixth probe set (corpus/probes/tuned6)
betala räkningarna
nej på bolånet
gick i konken
ingen lön sen
spelat bort
csn-lån*
# everyday words found missing by the fourth probe set (corpus/probes/tuned4)
blev av med jobbet
blivit av med jobbet
a-kassekö*
inte har pengar till mat
inga pengar till mat
# everyday words found missing by the third probe set (corpus/probes/tuned3)
tajt med pengar
tajt ekonomiskt
knapert med pengar
det knapert
# everyday words found missing by the second probe set (corpus/probes/tuned2)
fogden
har prickar
haft prickar
barskrapad*
betalningsanmärkning*
klarnaskuld*
kreditkortsskuld*
löneförskott*
# everyday words found missing by probing (see HEALTH)
pank
luspank
har det knapert
har det kärvt
har det tufft ekonomiskt
inte råd med hyran
inte råd med mat
betalningsplan*
=Intrum
=Lowell
skulder
skuld
skulden
skuldsatt*
*skuldsanering*
skuldrådgivning*
kronofogde*
betalningsanmärkning*
betalningsföreläggande*
utmätning*
löneutmätning*
försörjningsstöd*
ekonomiskt bistånd
ekonomiskt biståndet
socialbidrag*
bostadsbidrag*
bostadstillägg*
äldreförsörjningsstöd*
underhållsstöd*
hyresskuld*
vräkning*
avhysning*
obetalda räkningar
inkasso*
ekonomisk rådgivning
budgetrådgivning
privatekonomi
dålig ekonomi
ekonomiska svårigheter
ekonomiska problem
barnbidrag
a-kassa*
arbetslös*
aktivitetsstöd*
etableringsersättning*
!ekonomi
!inkomst*
god man
godman
gode man
förvaltarskap
överförmyndar*
spärrat konto
skuldsanering*
avbetalningsplan*
betalningsproblem*
betalningssvårighet*
restskatt*
elskuld*
obetald hyra
hyran är inte betald
hyran inte betald
inte betalat hyran
inte betalt hyran
påminnelse från hyresvärden
inte betalat något underhåll
inte betalat nåt underhåll
inte betalar underhåll
obetalda hyror
försenade betalningar
låg inkomst
saknar inkomst
ingen inkomst
inkomstbortfall
sjukpenning*
arbetslöshetsersättning*
lönegaranti
nödprövning*
matkasse*
inte råd
har inte råd
inga pengar
utan pengar
ont om pengar
snabblån*
sms-lån*
hyran förfallen
förfallen hyra
förfallna räkningar
betalningspåminnelse*
inkassokrav*
nödbistånd*
!tar pengar från
!tagit pengar från
!tömt kontot
!kortet låg inte
kan inte betala
kunde inte betala
kan inte betala hela hyran
har inte betalats
inte betalat hyran
inte har betalat hyran
halv lön
bara halva lönen
ligger efter med hyran
ligger efter med räkningarna
existensminimum
förbehållsbelopp
utmätt
underhållsbidrag*
barnbidraget
pantbank*
spelskulder
lånat pengar av
ekonomiskt utsatt*
ekonomisk utsatthet
garantipension
!konkurs*
soc-pengar
socpengar
pengar från soc
pengar från socialen
";

/// Social conditions and social-services measures.
pub(crate) const SOCIAL: &str = "
# found missing by the eighth probe set (corpus/probes/tuned8)
bor på vandrarhem
bor hon på vandrarhem
bor han på vandrarhem
!blev änka
!blev änkling
!går själv på rasterna
!ingen vill sitta med
!skriker på varandra
romansbedrägeri*
kärleksbedrägeri*
# found missing by the seventh probe set (corpus/probes/tuned7)
!spelar bort
!blivit änkling
!blivit änka
!sitter ensam hela dagarna
!bor i andrahand
!när han druckit
!när hon druckit
# found missing by the sixth probe set (corpus/probes/tuned6)
!sovit i trapphuset
!sover i trappuppgången
!sovit i trappuppgången
!mellan olika soffor
!soffsurf*
!bor i husvagn
bor på jouren
!blev av med lägget
!blev av med lägenheten
!blev utslängd
soc-akt*
socakt*
sökt fb
fått fb
fb för
beviljat fb
# everyday words found missing by the fourth probe set (corpus/probes/tuned4)
gått isär
gick isär
ska skilja sig
natthärbärge*
# everyday words found missing by the third probe set (corpus/probes/tuned3)
vågar inte åka hem
vågar inte gå hem
vågar inte vara hemma
lvu-ärende*
lvm-ärende*
lvm-anmälan*
lvu-placer*
lvu-utredning*
# everyday words found missing by the second probe set (corpus/probes/tuned2)
soffsurf*
ingen fast bostad
blir utkastad*
blev utkastad*
=kortis
plats på ett äldreboende
flytta till äldreboende
för full för att
ek. bistånd
ek bistånd
=fsd
nödbistånd*
bostad först
skyddsplacer*
vårdnadsöverflyttning*
# violence told in a victim's words (see HEALTH)
slog mig
slår mig
blev slagen
blivit slagen
# no home of one's own, in everyday words ('bor hos en kompis tills vidare', 'sover på
# soffan hos sin bror', 'har inget eget kontrakt'): weak, level 2 about someone near
!bor hos en kompis
!bor hos kompisar
!bor hos en vän
!bor hos vänner
!bor hos en väninna
!bor tillfälligt hos
!sover hos en kompis
!sover hos kompis
!sover hos vänner
!sover på soffan
!sover på hennes soffa
!sover på hans soffa
!ingen egen adress
!inget eget kontrakt
!utan eget kontrakt
!utan boende
!inget boende
!inget nytt boende
!ingen egen bostad
!inget eget boende
!blivit av med lägenheten
!blev av med lägenheten
!slängt ut honom
!slängt ut henne
!slängde ut honom
!slängde ut henne
!kastat ut honom
!kastat ut henne
!sover i bilen
!sover i tvättstugan
!sover i trapphuset
!sover i källaren
!saknar eget boende
!bor i husvagn*
!bor på en camping
!bor på camping*
!bor i bilen
!bor i sin bil
hedersvåld*
hedersförtryck*
prostitution*
säljer sex
sålt sex
långtidsarbetslös*
mobbad*
utfrusen*
utfrysning*
beroendeenhet*
beroendemottagning*
kontraktsvård*
dricker som en svamp
inlagd på psyket
lvu
=LVU
orosanmälan*
orosanmäl*
barnavårdsutredning*
barnutredning*
familjehemsplacer*
bbic
fbst
ekbist
försörjningsstöd*
ekonomiskt bistånd
asylsökande*
asylärende*
asylansök*
asylprocess*
uppehållstillstånd*
flykting*
utvisning*
avvisning*
!lss
lvm
=SoL
=SOL
!socialtjänst*
!socialnämnd*
biståndsbeslut*
boendestöd*
!hemtjänst*
ledsagning*
kontaktperson enligt
kontaktfamilj*
personlig assistans
!personlig assistent
!särskilt boende
!gruppbostad*
!daglig verksamhet
korttidsvistelse*
hemlös*
bostadslös*
härbärge*
akutboende*
skyddat boende
!placerad*
!placering*
familjehem*
hvb
hvb-hem*
sis-hem*
institutionsvård*
tvångsvård*
omhändertag*
utredning enligt
insats enligt
!beviljad*
!beviljats
våld i nära relation*
våldsutsatt*
hedersrelaterat*
hedersförtryck*
missbruksvård*
öppenvård*
behandlingshem*
god man
!förvaltare
förvaltarskap
!ensamstående
!skild
skilsmässa*
!social*
slår henne
slår honom
slår mig
slår barnen
slår sina barn
slog henne
slog honom
våld i hemmet
våld i familjen
blåmärke*
rött märke
anmäla oro
familjerätt*
vårdnadstvist*
vårdnadsutredning*
umgängesutredning*
boendeutredning*
umgängesstöd*
samarbetssamtal*
bor växelvis
växelvis boende
!missbruk
alkoholmissbruk*
drogmissbruk*
narkotikamissbruk*
missbruksproblem*
beroendeproblem*
alkoholproblem*
spelmissbruk*
spelberoende
avgiftning*
beroendemottagning*
återfallit
dricker för mycket
nykter*
berusad*
påverkad av alkohol
stödfamilj*
familjebehandl*
föräldrastöd*
öppenvårdsinsats*
biståndsbedömning*
biståndsansökan*
ansökan om bistånd
lex sarah
lex maria
trygghetslarm*
matdistribution
avlösning i hemmet
dagverksamhet*
demensboende*
vård- och omsorgsboende*
hemlöshet
bostadslöshet
vräkningshot*
avhysning*
lvm-vård*
lvu-vård*
omedelbart omhändertagande
placerad på hvb
jourhem*
socialjour*
skyddsbedömning*
förhandsbedömning*
utredning enligt 11 kap
vräkning*
aktuell hos
aktuella hos
aktuell inom
känd hos socialtjänsten
kända hos socialtjänsten
utsatt för våld
utsatt för hot
misshandlad av
hotad av
hot från
tvångsäktenskap*
tvångsgift*
barnäktenskap*
könsstympning*
saknar bostad
bor i bilen
saknar fast bostad
bor i sin bil
sover i bilen
sover ute
kontraktet sägs upp
hyreskontraktet sägs upp
sägs upp från lägenheten
!bor ensam
!ingen mat hemma
!inte fanns någon mat
!tomt i kylen
!skriker åt barnen
!skrek åt barnen
!socialen
!soc vet
!säbo
bli vräkt
blir vräkt
vräkt
vräkas
!störningsärende*
rättelseanmaning*
vidarebosättning*
kvotflykting*
kvotuttag*
kommunanvisad*
kommunanvisning*
evakueringsboende*
!separationen
felaktig folkbokföring
!kontakta soc
!kontakt med soc
!anmälan till soc
!soc är inkopplad*
!från soc
!hos soc
!via soc
!soc har
kvinnojour*
tjejjour*
ekonomiskt våld
psykiskt våld
kontrollerande beteende
tar hela hennes lön
tar hela hans lön
läser hennes sms
läser hans sms
slagit sönder hennes
slog sönder hennes
får aldrig se barnen
hotar att ta barnen
hotat att ta barnen
säger upp kontraktet
säga upp kontraktet
hyresavtalet sägs upp
obetald hyra
soc-pengar
socpengar
pengar från soc
pengar från socialen
sip-möte*
sip-mötet
samordnad individuell plan
okänd vistelseort
!fältgrupp*
!fältassistent*
ingenstans att sova
ingenstans att bo
ingenstans att ta vägen
!håller på att separera
!har separerat
!ska separera
bott i bilen
sovit i bilen
sov i bilen
bor i min bil
bott i min bil
sover i min bil
sova ute
sovit ute
kastats ut hemifrån
kastade ut mig
fick dra hemifrån
slängt ut mig
skyddade boendet
";

/// Protected identity.
pub(crate) const PROTECTED: &str = "
# found missing by the seventh probe set (corpus/probes/tuned7)
har SPU
=SPU
# everyday words found missing by the fourth probe set (corpus/probes/tuned4)
adress hemlig
adressen hemlig
skyddad id
hemlig adress
hemliga adressen
sekretessmarkerade personuppgifter
skydd hos Skatteverket
skyddad identitet
skyddade personuppgifter
skyddad folkbokföring
sekretessmarkering i folkbokföringen
sekretessmarkerad*
sekretessmarkering*
fingerade personuppgifter
fingerad identitet
kvarskrivning*
kvarskriven
skyddade adress*
skyddad adress
skatteverkets förmedling
skatteverkets postförmedling
";

/// The verb "missbruka" in its other forms with what is abused ("har missbrukat alkohol"; not
/// "missbrukat förtroendet"): health and social conditions both (as "alkoholmissbruk" is).
pub(crate) const SUBSTANCE_ABUSE: &str = "
missbrukat alkohol
missbrukade alkohol
missbruka alkohol
missbrukat droger
missbrukade droger
missbruka droger
missbrukat narkotika
missbrukade narkotika
missbruka narkotika
missbrukat sprit
missbrukade sprit
missbruka sprit
missbrukat tabletter
missbrukade tabletter
missbruka tabletter
missbrukat läkemedel
missbrukade läkemedel
missbruka läkemedel
missbrukat opioider
missbrukade opioider
missbruka opioider
";
