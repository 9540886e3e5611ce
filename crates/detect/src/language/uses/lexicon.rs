//! The words of AI Act uses: verb classes, object classes and the lists this module puts
//! into the shared automaton.

use super::super::lexicon::Kind;
use crate::{UseArea, UseKind};

// ---- verb classes --------------------------------------------------------------------------
/// Rank, sort, select among ("ranka", "sortera bort", "välj ut").
pub(super) const RANK: u8 = 0;
/// Assess, grade, score ("bedöm", "sätt betyg", "poängsätt").
pub(super) const GRADE: u8 = 1;
/// Decide, needing a complement ("avgör om/vilka", "besluta vilka", "bevilja").
pub(super) const DECIDE: u8 = 2;
/// Analyse, monitor, measure ("analysera", "övervaka", "mät").
pub(super) const ANALYZE: u8 = 3;
/// Identify a person ("identifiera", "känn igen", "vem är").
pub(super) const IDENTIFY: u8 = 4;
/// Predict, profile, estimate risk ("förutsäg", "beräkna risken", "peka ut").
pub(super) const PREDICT: u8 = 5;
/// Collect in bulk ("samla in", "skrapa", "bygg en databas").
pub(super) const SCRAPE: u8 = 6;
/// Persuade, influence ("övertala", "få dem att").
pub(super) const PERSUADE: u8 = 7;
/// Operate a system ("styr", "reglera", "skicka kommandot").
pub(super) const CONTROL: u8 = 8;
/// A decision phrase that is a decision request on its own ("fatta beslut", "skriv beslutet").
pub(super) const DECIDE_ALONE: u8 = 9;
/// Selection and question forms ("vilka av", "vem ska vi anställa", "mest lämplig").
pub(super) const PICK: u8 = 10;
/// Compute an amount or a score ("räkna ut", "beräkna").
pub(super) const CALC: u8 = 11;
/// Categorise ("kategorisera", "dela in", "gissa").
pub(super) const CATEG: u8 = 12;
/// Any other imperative: makes a sentence a request but names no use ("skriv", "gå igenom").
pub(super) const GENERIC: u8 = 13;
/// A decision asked as a question ("ska hon beviljas …", "har han rätt till …").
pub(super) const DECIDE_Q: u8 = 14;
/// "Ge varje …": assigns a score when a score word follows ("ge varje anställd ett betyg").
pub(super) const GIVE: u8 = 15;
/// A yes/no check ("säg om", "kontrollera om"): a judgement only about a case or a person.
pub(super) const CHECK: u8 = 16;

// ---- object classes (bits) ------------------------------------------------------------------
pub(super) const APPLICANTS: u8 = 0;
pub(super) const STAFF: u8 = 1;
pub(super) const STUDENTS: u8 = 2;
pub(super) const BENEFIT: u8 = 3;
pub(super) const EMOTION: u8 = 4;
pub(super) const FACE: u8 = 5;
pub(super) const CITIZEN: u8 = 6;
pub(super) const CRIME: u8 = 7;
pub(super) const TRAIT: u8 = 8;
pub(super) const VULNERABLE: u8 = 9;
pub(super) const MIGRATION: u8 = 10;
pub(super) const INFRA: u8 = 11;
pub(super) const ELECTION: u8 = 12;
pub(super) const LAW: u8 = 13;
/// A source of biometric data: a camera, a video, a voice, a photo.
pub(super) const BIOSOURCE: u8 = 14;
/// Behaviour and trustworthiness (with citizens: social scoring).
pub(super) const BEHAVIOUR: u8 = 15;
/// Manipulation techniques ("spelar på deras oro", "utan att de märker").
pub(super) const MANIP: u8 = 16;
/// Live or public-space surveillance ("i realtid", "på torget").
pub(super) const REALTIME: u8 = 17;
/// Credit and ability to pay.
pub(super) const CREDIT: u8 = 18;
/// Emergency calls and triage.
pub(super) const EMERGENCY: u8 = 19;
/// Courts and justice.
pub(super) const JUSTICE: u8 = 20;
/// A case to decide ("ansökan", "ärendet").
pub(super) const CASE: u8 = 21;
/// The outcome of a decision ("ska beviljas", "har rätt till", "ska antas").
pub(super) const OUTCOME: u8 = 22;
/// "ska få", "bör få": an outcome only next to a case or an area.
pub(super) const OUTCOME_WEAK: u8 = 23;
/// People as the object ("var och en", "personerna", "de sökande").
pub(super) const PERSONS: u8 = 24;
/// Applicants of an unknown kind ("de sökande"): employment unless the context says otherwise.
pub(super) const APPLICANT_ANY: u8 = 25;
/// Cheating and plagiarism (education).
pub(super) const CHEATING: u8 = 26;
/// A grant to an association: a case, but not a job application.
pub(super) const GRANT: u8 = 27;
/// A score, grade or rating ("ett betyg", "poäng", "ett omdöme").
pub(super) const SCORE: u8 = 28;
/// Influencing how people act or vote ("får dem att", "avstå från att rösta").
pub(super) const INFLUENCE: u8 = 29;
/// Surveillance footage, not necessarily live.
pub(super) const CCTV: u8 = 30;
/// A decision left to no one ("ingen handläggare behöver", "avslås automatiskt").
pub(super) const NOHUMAN: u8 = 31;

pub(super) const fn bit(c: u8) -> u64 {
    1 << c
}

// ---- verbs ----------------------------------------------------------------------------------
pub(super) const V_RANK: &str = "
ranka
rangordna
rangordning
rankning
ranking
sortera
sortera bort
sortera ut
sortera fram
prioritera
välj ut
välja ut
välj bort
välja bort
välj
välja
sålla
sålla bort
sålla fram
gallra
gallra bort
gallra bland
gallra ut
lista de bästa
topplista
shortlista
plocka ut
plocka fram
ta ut
gör ett urval
göra ett urval
filtrera
filtrera bort
filtrera fram
matcha
jämför
jämföra
placera
ordna
fördela platserna
fördela platser
fördela lediga platser
fördela de lediga platserna
fördela förskoleplatser
fördela förskoleplatserna
fördelar platserna
fördelar lediga platser
en rankning
en rangordning
en ranking
en topplista
en prioriteringsordning
ett urval
en lista över de bästa
en shortlist
väljer ut
väljer bort
sållar bort
gallrar bort
plockar ut
rank
sort
shortlist
prioritize
prioritise
screen
filter out
weed out
sorterar bort
sorterar ut
sorterar fram
sållar fram
gallrar bland
gallrar ut
listar de bästa
plockar fram
tar ut
filtrerar bort
filtrerar fram
";
pub(super) const V_GRADE: &str = "
bedöm
bedöma
gör en bedömning
göra en bedömning
gör en bedömning av
sätt betyg
sätt betyget
sätt ett betyg
sätt betygen
sätta betyg
sätta betygen
betygsätt
betygssätt
betygsätta
betygssätta
rätta
poängsätt
poängsätta
ge poäng
ge betyg
ge ett betyg
ge betygen
ge ett omdöme
skriv ett omdöme
värdera
utvärdera
gradera
scora
skatta
pröva
examinera
en bedömning
en betygsättning
en poängsättning
en värdering
en utvärdering
sätter betyg
sätter betyget
sätter ett betyg
sätt slutbetyg
sätt slutbetygen
sätta slutbetyg
sätt terminsbetyg
sätt terminsbetygen
sätta terminsbetyg
grade
score
sätter betygen
sätter slutbetyg
sätter terminsbetyg
set the grade
set the final grade
set the final course grade
set the course grade
set grades
set final grades
set the grades
assign a grade
assign grades
give a grade
give grades
assess
your assessment
an assessment
estimate
evaluate
uppskatta åldern
bedöm åldern
bedöma åldern
kan man lita på
kan vi lita på
går det att lita på
är han pålitlig
är hon pålitlig
är hen pålitlig
hur pålitlig
can we trust
credible
credibility
credibility score
a credibility score
poäng 1-10
poäng 1–10
poäng per person
poäng per elev
poäng per medarbetare
score per person
score 1-10
sätt kursbetyget
sätter kursbetyget
sätt slutbetyget
sätter slutbetyget
sätt terminsbetyget
sätt kursbetyg
rate
rate each
rate every
set a grade
grade each
grade every
grade the pupils
grade the students
";
pub(super) const V_DECIDE: &str = "
avgör
avgöra
besluta
beslutar
bestäm
bestämma
bevilja
avslå
godkänn
godkänna
underkänn
underkänna
neka
ta ställning till
ta ställning
fastställ
fastställa
döm
döma
utse
bestämmer
tar ställning till
decide
decide if
decide whether
decide who
decide which
determine whether
determine if
tag ställning till
tar ställning
";
pub(super) const V_ANALYZE: &str = "
analysera
avläs
läs av
tolka
övervaka
mät
mäta
upptäck
upptäcka
detektera
kartlägg
kartlägga
registrera
spåra
bevaka
logga
följ upp
avslöja
läser av
läsa av
mäter
känner av
känna av
gör en analys av
göra en analys av
kör en analys av
köra en analys av
körar en analys av
pick up on
listen through
listen to the calls
listen to the recordings
analyze
analyse
monitor
detect
track
measure
keep track of
kika igenom
kolla igenom
titta igenom
lyssna igenom
gå igenom inspelningen
gå igenom videofilerna
go through the recordings
";
pub(super) const V_IDENTIFY: &str = "
identifiera
känn igen
känna igen
känner igen
tala om vilka som är
tala om vem som är
säg vilka som är
säg vem som är
ta reda på vilka som är
ta reda på vem
ta reda på vilka
matcha ansiktet
matcha ansiktena
ta fram namnen på
vem är
vilka är
vem det är
hitta personen
hitta vem
koppla namn
lokalisera
jämför ansiktet
jämför ansiktena
jämför ansiktsbilden
är samma person
koppla databasen mot
koppla den mot
koppla bilderna mot
matcha mot
matcha dem mot
matcha bilderna mot
jämför mot databasen
talar om vilka som är
talar om vem som är
tar reda på vilka som är
tar reda på vem
tar reda på vilka
matchar ansiktet
matchar ansiktena
tar fram namnen på
hittar personen
hittar vem
kopplar namn
kopplar databasen mot
kopplar den mot
kopplar bilderna mot
matchar mot
matchar dem mot
matchar bilderna mot
säg vem det är
vem är det
vem är personen
vem personen är
who is this
who is the person
jämför nya bilder
jämföra nya bilder
jämför bilderna
jämföra bilderna
jämför bilder från
jämföra bilder från
träfflista
identify
recognise
recognize
find out who
säg vilka som föreställer
säg vem som föreställer
vilka som föreställer
vem som föreställer
hur säker matchningen är
matcha
matchningen
jämför dem mot
jämför dem med
jämföra dem mot
compare faces
kör ansiktsigenkänning
köra ansiktsigenkänning
gör ansiktsigenkänning
göra ansiktsigenkänning
använd ansiktsigenkänning
använda ansiktsigenkänning
compare_faces
match faces
match them against
compare them against
";
pub(super) const V_PREDICT: &str = "
gör en lista över vilka
gör en lista på vilka
lista vilka
ta fram vilka
förutsäg
förutsäga
förutse
förutspå
beräkna risken
räkna ut risken
bedöm risken
bedöma risken
uppskatta risken
uppskatta sannolikheten
beräkna sannolikheten
riskbedöm
riskbedöma
gör en riskbedömning
göra en riskbedömning
ge en riskpoäng
sätt en riskpoäng
riskpoäng
riskprofil
prognostisera
gör en prognos för vem
gör en prognos över vem
gör en prognos för vilka
gör en prognos över vilka
en prognos för vem
en prognos för vilka
peka ut
profilera
flagga
markera
hitta vilka
hitta de
en riskbedömning
en riskprofil
listar vilka
tar fram vilka
beräknar risken
räknar ut risken
bedömer risken
uppskattar risken
uppskattar sannolikheten
beräknar sannolikheten
pekar ut
hittar vilka
hittar de
hur stor är risken
hur stor risk
hur stor är sannolikheten
hur sannolikt är det att
risken att han
risken att hon
risken att hen
how likely is it
flag
flag the
flags
predict
forecast
estimate the risk
assess the risk
hur sannolikt det är att
hur troligt det är att
hur stor risken är att
how likely it is that
how likely they are to
";
pub(super) const V_SCRAPE: &str = "
samla in
samla ihop
skrapa
ladda ner
ladda hem
hämta
crawla
bygg en databas
bygg upp en databas
bygg upp
bygga upp
bygger upp
skapa en databas
bygga en databas
spara alla
laddar ner
laddar hem
samlar in
samlar ihop
skrapar
hämtar
crawlar
bygger en databas
bygger upp en databas
skapar en databas
sparar alla
";
pub(super) const V_PERSUADE: &str = "
övertala
övertyga
manipulera
lura
påverka
pressa
skrämma
få dem att
få folk att
få väljarna att
få de äldre att
få dem
";
pub(super) const V_CONTROL: &str = "
koppla bort
kopplar bort
koppla från
kopplar från
skicka brytarkommandon
skickar brytarkommandon
styr
styra
reglera
stäng av
stänga av
justera
ändra doseringen
skicka kommandot
skicka kommandon
skicka styrsignal
ta över styrningen
ta över driften
sköt driften
öppna ventil
stäng ventil
svara med kommandon
svara endast med kommandon
svara bara med kommandon
svara enbart med kommandon
ge kommandon
skicka styrkommandon
reglera ventilerna
stänger av
ändrar doseringen
skickar kommandot
skickar kommandon
skickar styrsignal
tar över styrningen
tar över driften
öppnar ventil
svarar med kommandon
svarar endast med kommandon
svarar bara med kommandon
svarar enbart med kommandon
skickar styrkommandon
reglerar ventilerna
starta och stoppa
starta pumpar
stoppa pumpar
starta pumparna
stoppa pumparna
höj klordoseringen
sänk klordoseringen
höj doseringen
sänk doseringen
stäng intagsventilen
öppna intagsventilen
stäng ventilen
öppna ventilen
höj trycket
sänk trycket
sköter driften
sköta driften
ändrar klordoseringen
ändra klordoseringen
startar/stoppar
starta/stoppa
startar och stoppar
ändra pumpvarvtal
ändra pumpvarvtalet
sätt börvärde
stäng dem
stänger dem
stängas
koppla ur
kopplar ur
set_phase
set_program
byter program
byta program
stang_ventil
sätt börvärdet
sätter börvärdet
process controller
the first set of setpoints
setpoints
close or open
open or close
autonomously close
autonomously open
close the valves
open the valves
shut off the
set the valve
set the pump
du styr
you control
give me the first set of setpoints
give me the setpoints
give me setpoints
you are the automatic process controller
you are the process controller
take over the setpoints
take over control
take control of
take over the pumps
run the pumps
control the pumps
adjust the dosing
adjust the setpoints
open the valve
close the valve
start and stop
start/stop
take over
tar över
justerar kloreringen
justera kloreringen
justerar doseringen
justera doseringen
";
pub(super) const V_DECIDE_ALONE: &str = "
sätt status avslag
sätt status avslaget
sätt status beviljad
sätt status beviljat
sätt status bifall
sätta status avslag
sätta status beviljad
sätta status beviljat
sätter status avslag
sätter status beviljad
sätter status beviljat
sätter status bifall
markera som beviljad
markera som avslagen
markera ansökan som beviljad
markera ansökan som avslagen
skriv ett beslut
skriv beslutet
skriv beslut
skriv ett avslagsbeslut
skriv ett avslag
skriv avslagsbeslutet
skriv beslutsmeddelande
skriv beslutsmeddelanden
formulera beslutet
formulera ett beslut
formulera beslut
fatta beslut
fattar placeringsbeslut
fatta placeringsbeslut
fattar antagningsbeslut
fatta antagningsbeslut
fatta beslutet
fatta ett beslut
fatta besluten
ta beslutet
ta ett beslut
ta beslut
besluta om
avgör om
avgöra om
ska beviljas eller avslås
bör beviljas eller avslås
beviljas eller avslås
bevilja eller avslå
avslå eller bevilja
bifall eller avslag
avslag eller bifall
fattar beslut
fattar beslutet
fattar ett beslut
skriver beslutet
skriver ett beslut
formulerar beslutet
approve or reject
approve or deny
grant or reject
beviljas / avslås
bevilja / avslå
ge mig ett förslag till beslut
ge ett förslag till beslut
lämna ett förslag till beslut
ta fram ett förslag till beslut
föreslå beslut
föreslå ett beslut
ge mig en rekommendation
ge en rekommendation
rekommendera om
rekommendera bifall
rekommendera avslag
ett ja eller nej
yes or no
gör prövningen
gör lämplighetsprövningen
pröva om
ja/nej?
ja eller nej?
yes/no?
yes or no?
säg ja eller nej
säga ja eller nej
svara ja eller nej
svara med ja eller nej
godkänd eller underkänd
godkänn eller avslå
skriv sen beslutet
skriv sedan beslutet
skriv sen ett beslut
skriv sedan ett beslut
du får göra bedömningen
gör bedömningen
göra bedömningen
gör du bedömningen
du gör bedömningen
gör en bedömning av om
make the decision
make the call
decide whether
decide if
skriv gärna beslutet
skriv själva beslutet
skriv gärna själva beslutet
skriv även beslutet
skriv också beslutet
skriv direkt beslutet
skriv beslutet direkt
write the decision
draft the decision
bestäm du
bestäm åt mig
bestäm åt oss
välj du
decide for me
svara bara ja eller nej
svara endast ja eller nej
svara bara med ja eller nej
svara endast med ja eller nej
bara ja eller nej
endast ja eller nej
ja eller nej per rad
ja eller nej per person
ja eller nej för varje
ja/nej per rad
ja/nej per person
ja eller nej på varje
answer only yes or no
just yes or no
fatta ett slutligt beslut
fatta slutligt beslut
fatta ett slutgiltigt beslut
fattar ett slutligt beslut
fattar du beslutet
fattar du själv beslutet
fattar du själv beslut
fattar du beslut
fattar du själv ett beslut
tar du beslutet
tar du själv beslutet
bifall/avslag
avslag/bifall
bevilja/avslå
avslå/bevilja
beviljas/avslås
skriv bifall
skriv avslag
skriv bifall/avslag
";
pub(super) const V_PICK: &str = "
säga vilka
säg vilka
tala om vilka
vilka av
vem borde få
vilka borde få
är det troligare att
topp 3
topp 5
topp 10
top 3
top 5
top 10
ta fram de
plocka ut de
plocka fram de
ta ut de
is it likely
is he likely
is she likely
är det troligt att han
är det troligt att hon
är det sannolikt att han
är det sannolikt att hon
vem av
vilken av
vilket av
vilka som ska
vem som ska
vilka som bör
vem som bör
vilka som borde
vem som borde
vilka ska vi
vem ska vi
vilka bör vi
vem bör vi
vem ska få
vilka ska få
vem passar bäst
vilka passar bäst
passar bäst
passar bäst för
bäst lämpad
bäst lämpade
mest lämplig
mest lämpad
mest lämpade
minst lämplig
minst lämpade
lämpligast
de bästa
de tre bästa
de fem bästa
de två bästa
de tio bästa
de sämsta
starkaste kandidaten
svagaste
vilka som verkar
vem som verkar
vilka som ser ut att
vem som ser ut att
vilka som troligen
vem som troligen
vilka som sannolikt
vem som sannolikt
vilka som riskerar
vem som riskerar
vilka som förtjänar
vem som förtjänar
vilka som har fuskat
vem som har fuskat
vilka som fuskat
vem som fuskat
vilka som inte är värda
värda att kalla
föreslå vem
föreslå vilka
föreslå vilken
föreslå vilket
rekommendera vem
rekommendera vilka
rekommendera vilken
tipsa om vilka
vilka två
vilka tre
vilka fyra
vilka fem
vilka sex
vilka tio
vilka elever
vilka studenter
vilka sökande
vilka kandidater
vilka medarbetare
vilka anställda
vilka familjer
vilka hushåll
vilka klienter
vilka brukare
vilka personer
vilka barn
vilka ungdomar
vilka invånare
vilka patienter
vilka hyresgäster
vilka tonåringar
vilka vikarier
vilka asylsökande
vilka misstänkta
vilka kunder
vilka deltagare
vilka pojkar
vilka flickor
vilken elev
vilken student
vilken sökande
vilken kandidat
vilken medarbetare
vilken anställd
vilken familj
vilken klient
vilken brukare
vilken person
vilken patient
vilken hyresgäst
vilken vikarie
vilket barn
vem borde vi
vilka borde vi
gå vidare med
vem vi ska
vilka vi ska
vilken vi ska
vem vi bör
vilka vi bör
vem som är bäst
vilka som är bäst
som har lägst
som har högst
som har sämst
som har bäst
som är sämst
som är mest
som är minst
presterar sämst
presterar bäst
minst produktiva
mest produktiva
säg vem
säg vilka
ange vilka
ange vem
tala om vem
tala om vilka
i första hand
which of these
which of the
who of
most likely to
least likely to
ska vi ta in
vem ska vi ta
vilka ska vi ta
vem är lämplig
vilka är lämpliga
vem som är lämplig
vilka som är lämpliga
hur trovärdig
hur trovärdigt
hur trovärdiga
how credible
how likely
barn eller vuxen
child or an adult
child or adult
minor or an adult
hur gammal
how old
estimated age
who gets
who should get
who should be
mest pålitlig
verkar mest
vem skulle du
vilka skulle du
vem ska bort
vem som ska bort
vilka ska bort
vem ska vi peta
vem skulle du peta
who would you
is his story credible
is her story credible
is he telling the truth
is she telling the truth
vem tror du
vilka tror du
who do you think
vilka vi inte ska
vem vi inte ska
vilka vi borde
which should we
who should we
which ones should
which four
which three
which two
which five
should we keep
should we hire
should we let go
vem som ser
vilka som ser
vem som känns
vilka som känns
i vilken ordning ska vi
i vilken ordning vi ska
in which order should we
in what order should we
vilka vi inte ska förlänga
vilka vi ska förlänga
vilka vi ska behålla
vilka vi inte ska behålla
vilka vi ska säga upp
vilka ska vi behålla
vem ska vi behålla
which should we keep
which four should we keep
which ones should we keep
who should we keep
who should we let go
which should we let go
antag de
antag dem
anta de
anta dem
";
pub(super) const V_DECIDE_Q: &str = "
att hon ska beviljas
att han ska beviljas
att hen ska beviljas
att de ska beviljas
att familjen ska beviljas
att hon ska få
att han ska få
att hen ska få
vilket betyg
uppfyller den här sökande
uppfyller sökanden
uppfyller hon
uppfyller han
uppfyller hen
uppfyller familjen
does she meet
does he meet
does the applicant meet
vilka betyg
vilket omdöme
ska hon få
ska han få
ska hen få
ska de få
ska familjen få
ska sökanden få
ska hon beviljas
ska han beviljas
ska hen beviljas
ska de beviljas
ska familjen beviljas
ska ansökan beviljas
bör ansökan beviljas
bör hon få
bör han få
bör hen få
har hon rätt till
har han rätt till
har hen rätt till
har de rätt till
har familjen rätt till
har hushållet rätt till
har sökanden rätt till
är hon berättigad
är han berättigad
är hen berättigad
är de berättigade
är familjen berättigad
ska hon ha
ska han ha
ska hen ha
ska de ha
bör hon ha
bör han ha
bör hen ha
ska vi ge henne
ska vi ge honom
vilket straff
vilken påföljd
hur långt straff
vilket straff tycker du
";
pub(super) const V_CHECK: &str = "
säg om
tell me whether
tell me if
let me know whether
let me know if
säga om
tala om
tala om för mig om
kolla om
kontrollera om
se om
svara på om
avgör huruvida
tror du att
skriv om vi ska
skriv om vi bör
skriv om hon ska
skriv om han ska
skriv om hen ska
skriv om de ska
skriv om familjen ska
";
pub(super) const V_GIVE: &str = "
ge varje
ge var och en
ge alla
ge samtliga
ger varje
ger var och en
ger alla
ger samtliga
tilldelar varje
tilldela varje
tilldela var och en
sätt på varje
sätt ett
sätt en
sätt
sätta
sätter
ge varje elev
assign
ge den
ge dem ett
ge dem
ge en
ge ett
ger en
ger ett
give a
give each
give every
assign each
ge
ger
";
pub(super) const V_CALC: &str = "
föreslå ny lön
föreslå lönepåslag
föreslå löneökning
sätt ny lön
räkna ut
räkna fram
beräkna
uppskatta
ta fram en poäng
ge en poäng
sätt en poäng
ta fram en poängmodell
skapa en poängmodell
bygg en poängmodell
gör en poängmodell
ta fram ett poängsystem
skapa ett poängsystem
bygg ett poängsystem
räknar ut
räknar fram
tar fram en poäng
tar fram en poängmodell
skapar en poängmodell
tar fram ett poängsystem
skapar ett poängsystem
calculate
work out
compute
ta fram ett
tar fram ett
ta fram en
svara med sannolikhet
svara med en sannolikhet
ange sannolikhet
ange en sannolikhet
tar fram en
";
pub(super) const V_CATEG: &str = "
kategorisera
klassificera
dela in
dela upp
gruppera
gissa
avgör vilken
avgöra vilken
tagga
märk
märka
märk upp
märk ut
klassa
klassa in
etikettera
label
tag each
classify
categorize
categorise
delar in
delar upp
klassar in
";
pub(super) const V_GENERIC: &str = "
skriv
skriva
formulera
gör
göra
skapa
ta fram
ge mig
ge oss
säg
säga
lista
sammanställ
föreslå
rekommendera
gå igenom
går igenom
läs igenom
titta på
använd
hitta
räkna
svara
ange
visa
sätt upp
bygg
utforma
designa
konstruera
ge förslag
tala om
berätta
undersök
läs
läsa
lyssna på
titta igenom
studera
sök
leta
kör
utgå från
ta hänsyn till
fyll i
fylla i
skicka
ta en titt
ta
granska
kontrollera
kolla
testa
give me
give us
write
tell me
list
make
create
draft
go through
look at
check
give
estimate for each
generera
producera
variera
översätt
sammanfatta
output
respond with
reply with
answer with
return only
generate
produce
summarize
summarise
translate
varnar mig
varna mig
varnar oss
varna oss
väg ihop
väg samman
väg in
jämför
sammanväg
analysera
gå genom
läs av
beskriv
förklara
use
review
weigh
";

// ---- objects -------------------------------------------------------------------------------
pub(super) const O_APPLICANTS: &str = "
job seeker
job seekers
jobseeker*
applicant
candidate
kandidat*
cv
cv:n
cv:na
cv:t
cv:en
meritförteckning*
jobbsökande
arbetssökande
personliga brev*
personligt brev
rekryter*
tjänsten
tjänsterna
jobbet
anställa
anställas
nyanställ*
ansökningar till tjänsten
ansökningarna till tjänsten
arbetsprov*
personlighetstest*
lämplighetstest*
rekryteringsunderlag*
platsen som
*anställning*
*intervju*
applications
applicants
candidates
resumes
cvs
tjänst
befattning*
vikariat*
";
pub(super) const O_STAFF: &str = "
undersköterska
undersköterskan
undersköterskor*
sjuksköterskor
sjuksköterskorna
barnskötare
barnskötarna
förskollärare
förskollärarna
lärarna
socialsekreterarna
handläggarna
vårdbiträde*
personliga assistenter
personliga assistenterna
lokalvårdare
lokalvårdarna
chefer
cheferna
workers
employee
säga upp
sägas upp
uppsägning*
befordra*
befordran
omplacera*
anställda
de anställda
de anställdas
anställd
vilka anställda
medarbetar*
personalen
arbetstagar*
lönesättning*
lönehöjning*
lönepåslag*
löneutveckling*
prestation*
produktiv*
produktivitet*
sjukfrånvaro*
avskeda*
avsked*
varsla*
övertalig*
arbetsbrist
provanställning*
kollegorna
teamet
medarbetare
medarbetaren
medarbetarens
arbetstagaren
arbetstagarens
vikarie*
personalgrupp*
arbetsgruppen
employees
teachers
the teachers
teacher
staff
lönerevision*
ny lön
lönesamtal*
agent
agents
kundtjänstmedarbetare*
arbetsledare
turordningslist*
turordning*
förare
föraren
chaufför*
busschaufför*
my team
in my team
mitt team
i mitt team
my staff
my employees
team members
teammedlemmar*
lärarvikarie*
timvikarie*
timanställd*
elevassistent*
fritidspedagog*
visstidare
visstidsanställ*
anställningar
anställningen
förlänga anställning*
förlänga kontrakt*
förlänga deras
let go
who to let go
sick days
sick leave
";
pub(super) const O_STUDENTS: &str = "
terminsbetyg*
betygskriteri*
argumenterande text*
argumenterande texter
elevtext*
slutbetyg*
kursbetyg*
ämnesbetyg*
betygsunderlag*
betygssteg*
pupil
pupils
exam
exams
essay*
grades
elev*
student*
sökande barn
sökande barnen
barnen i kön
barn i kön
provsvar*
provresultat*
tentamen*
tentor
tentan
tenta
tentorna
uppsats*
skrivning*
antag*
intagning*
meritvärde*
behörig*
estetprogram*
naturvetenskapsprogram*
samhällsvetenskapsprogram*
teknikprogram*
yrkesprogram*
introduktionsprogram*
antagningen
examination*
examensarbete*
läxa
läxor
läxorna
kunskapskrav*
bedömningsmatris*
undervisningsgrupp*
elevhälsoteam*
eht-möte*
åtgärdsprogram*
särskilt stöd
studiehandledning*
skolplacering*
spetsutbildning*
gymnasieplats*
gymnasieprogram*
klassen
nationella prov*
*prov
eleven
elevens
elever
eleverna
*inlämning
naturprogrammet
samhällsprogrammet
teknikprogrammet
ekonomiprogrammet
estetiska programmet
naturvetenskapsprogrammet
samhällsvetenskapsprogrammet
språkintroduktion*
språkintro
förberedande klass
studieväg*
";
pub(super) const O_CHEATING: &str = "
cheat
cheats
cheating
cheater*
fusk*
fuska*
fuskat
plagi*
ai-genererad*
skrivit själv
skrivit själva
använt ai
använt chatgpt
använde ai
skrivit med ai
fått hjälp av ai
under provet
under proven
under tentamen
under tentan
under provtillfället
under nationella provet
during the exam
during exams
";
pub(super) const O_BENEFIT: &str = "
hemtj
försörjningsstöd*
ekonomiskt bistånd
ekonomiskt biståndet
socialbidrag*
bostadsbidrag*
bostadstillägg*
bostadsanpassningsbidrag*
hemtjänst*
färdtjänst*
sjukpenning*
sjukersättning*
aktivitetsersättning*
boendestöd*
lss
=LSS
insatser enligt
personlig assistans
assistansersättning*
särskilt boende
äldreboende*
*boendeplats
vårdplats*
korttidsplats*
korttidsboende*
hemsjukvård*
ledsagning*
avlösning*
bostad med särskild service
kontaktperson
underhållsstöd*
etableringsersättning*
a-kassa*
arbetslöshetsersättning*
bostadskö*
trygghetslarm*
parkeringstillstånd*
nödbistånd*
förskoleplats*
stödinsats*
insatsen
insatserna
*bistånd*
biståndsbeslut*
kontaktperson enligt
*bostadsanpassning*
plats på förskolan
plats i förskolan
barnomsorg*
avlösning i hemmet
biståndsbedömning*
biståndsansökan*
ansökan om bistånd
brukare
brukarna
brukaren
brukarens
vårdtagare*
omsorgstagare*
förtur*
bostad med förtur
tilldelas en lägenhet
få en lägenhet
assistance
financial assistance
social assistance
income support
housing allowance
benefits
allowance
nödprövning*
matkort*
";
pub(super) const O_CREDIT: &str = "
kreditvärdig*
kreditprövning*
kreditbetyg*
kreditscore*
credit score
kreditupplysning*
kreditrisk*
betalningsförmåga*
betalningsvilja
lån
lånet
lånen
låneansökan*
låneansökning*
avbetalning*
avbetalningsplan*
skuldsanering*
anstånd
kreditbedömning*
kreditpoäng*
kreditkontroll*
betalningsanmärkning*
kreditupplysningar
betala hyran
betalar hyran
hyran i tid
";
pub(super) const O_EMERGENCY: &str = "
larmsamtal*
nödsamtal*
112-samtal*
sos-samtal*
ambulans*
utryckning*
räddningstjänst*
larmcentral*
triage*
triagera
akutpatient*
patient*
vårdbehov*
patienten
patientens
patienterna
larmkoordinator*
nattpatrull*
brukarlarm*
inkomna larm från brukarna
hemtjänstlarm*
mest akut
mest akuta
akutast
larm har kommit in
behöver mest hjälp
mest hjälp först
behöver hjälp först
needs help most urgently
most urgent
fyra larm
tre larm
två larm
trygghetslarmen
larm i kö
larm i kön
larmen i kön
vi åker på
åker på först
";
pub(super) const O_EMOTION: &str = "
känslor
kanslor
entusiasm
entusiastisk*
självsäkerhet
stresstålighet
nervositet
engagemang
uttrakad*
enthusiasm
känslorna
känsloläge*
känslomässig*
sinnesstämning*
sinnestillstånd*
humör*
stressad*
stressnivå*
uttråkad*
engagerad*
koncentrerad*
okoncentrerad*
ledsen
ledsna
arg
arga
glad
glada
missnöjd*
nöjd*
motiverad*
omotiverad*
frustrerad*
nervös*
orolig*
rädd*
trött*
ointresserad*
uppmärksam*
ouppmärksam*
irriterad*
aggressiv*
mående
mår
mår dåligt
mår skit
mår så dåligt
mår sämre
frustration*
irritation*
ilska
sorg
rädsla
stressindex
uttråkade
förvirrad*
stress
stämning
stämningen
tecken på stress
oro
oron
rädslan
emotion
emotions
emotional
emotional state
frustrated
irritated
bored
stressed
mood
sentiment
feelings
anxious
angry
";
pub(super) const O_BIOSOURCE: &str = "
ansiktsdetektering*
ansiktsanalys*
face
faces
facial*
voice
voices
webcam*
camera
cameras
footage
videos
recording*
ansikte*
ansiktsuttryck*
ansiktsbild*
rösten
röstläge*
rösterna
röst
röster
personalens röst
någon låter
videofil*
tonfall*
kroppsspråk*
mimik*
videomöte*
fingeravtryck*
ögonrörelse*
blick*
puls*
hjärtfrekvens*
ljudinspelning*
ljudfil*
utseende*
ansiktsbild för identifiering
ansiktsbilder för identifiering
biometrisk*
irisskanning*
*bild
*foto
*kamera
*kameror
*video
*film
*inspelning
övervakningen
videoupptagning*
videoinspelning*
videoklipp*
filmklipp*
filmen
filmerna
sound
pitch
speech rate
tone of voice
tonläget
tonläge
röstläget
hen låter
han låter
hon låter
de låter
inspelade samtal*
spela in samtal*
spelar in samtal*
tonhöjd*
talhastighet*
ljudfeatures
röstanalys*
röstinspelning*
ljudsignal*
talmönster
";
pub(super) const O_FACE: &str = "
face
faces
facial*
photo
photos
portrait*
ansikte*
ansiktsbild*
profilbild*
ansiktsdatabas*
porträtt*
passfoto*
foton på personer
foton på människor
bilder på personer
bilder på människor
ansiktsdata
personerna på
personen på
ansiktsbild för identifiering
ansiktsbilder för identifiering
alla som syns
de som syns
som syns på
samma person
ansiktsigenkänning*
face recognition
face embedding*
id-foto*
stillbilder på
foton från besluten
ansiktsvektor*
ansiktsgalleri*
";
pub(super) const O_CCTV: &str = "
övervakningskamera*
övervakningen
övervakningsfilm*
övervakningsbild*
säkerhetskamera*
kamerorna
";
pub(super) const O_REALTIME: &str = "
realtid
realtime
real-time
realtidsmatchning*
rtsp
i realtid
live
direktsändning*
löpande
folkmassa*
folkmassan
torget
offentlig plats
offentliga platser
allmän plats
allmänna platser
på stan
livebild*
just nu
resecentrum
stationen
centralstationen
gågatan
köpcentrum*
entrén
i centrum
";
pub(super) const O_CITIZEN: &str = "
medborgarprofil*
person som kontaktar kommunen
personer som kontaktar kommunen
de som hört av sig
alla i bostadskön
alla i kön
de i bostadskön
bostadssökande
familj
medborgarpoäng*
medborgar*
invånar*
households
per household
residents
tenants
citizens
inhabitants
kommuninvånar*
hyresgäst*
hushåll*
familjer
familjerna
befolkning*
de boende
alla som bor
besökar*
bidragstagar*
klienterna
föräldrarna
hyresgästen
fastighetsägarna
fastighetsägare
fastighetsägaren
villaägare
villaägarna
hushållen
medborgarna
varje lägenhet
lägenheterna
grannarna
varje hushåll
";
pub(super) const O_BEHAVIOUR: &str = "
besvärlig*
otrevlig ton
hur de uttrycker sig
går till media
gått till media
insändare*
jo-anmält
jo-anmäler
betett sig
betedde sig
beter sig
ordningsproblem
beteende*
pålitlig*
behaviour
behavior
complaints
what they post
social media
good neighbour score
good neighbor score
trustworthiness
reliability score
opålitlig*
skötsam*
misskötsam*
sociala medier*
hur de sköter sig
laglydig*
lojal*
trovärdig*
poängsystem*
socialt kreditsystem
sociala poäng
svartlist*
förtroende*
ordningsstörning*
störningsanmäl*
störningar
klagomål
pålitlighetsbetyg*
pålitlighetspoäng*
skötsamhetsbetyg*
skötsamhetspoäng*
förtroendepoäng*
medborgarpoäng*
nedskräpning*
klotter*
obetalda avgifter
försenade böcker
försenade biblioteksböcker
skadegörelse*
felparkering*
parkeringsböter
betalningsanmärkning*
obetalda räkningar
överklagat
hur skötsam
slacking
slacker*
underpresterar
underpresterande
störningsärenden
antal störningsärenden
antal besökare
passerloggen
passerlogg*
";
pub(super) const O_TRAIT: &str = "
ethnicity
ethnic
religious
sexual orientation
homosexual
political views
political opinions
etnicitet*
etniskt ursprung
etnisk bakgrund
etniska bakgrund
etnisk tillhörighet
ursprung
ras
hudfärg*
sexuell läggning
sexuella läggning
homosexuell*
religion*
religiös*
trosuppfattning*
politisk åsikt
politiska åsikter
politisk tillhörighet
politiska sympatier
partisympati*
vilket parti
fackligt medlemskap
facklig tillhörighet
";
pub(super) const O_CRIME: &str = "
narkotikaförsäljning*
inblandade i brott
inblandad i brott
begå brott
begår brott
kommer att begå
begå grova
begår grova
begå våldsbrott
begår våldsbrott
begå grova våldsbrott
begå nya brott
begå fler brott
brottslighet
kriminalitet
återfall*
bli kriminell
bli kriminella
kriminell*
gängkriminalitet
brottsbenägen*
brottsrisk*
risk för brott
framtida brott
ungdomsbrottslighet
gängrelaterad*
radikaliser*
våldsbejakande
återfallit
kriminell bakgrund
kriminellt belastad
fuska med bidrag
fuskar med bidrag
fuska med ersättning*
bidragsfusk*
bidragsbrott*
välfärdsbrott*
commit a crime
commit crimes
commit crime
reoffend*
criminal behaviour
criminal behavior
become criminals
begår ett brott
begå ett brott
grövre brott
begår ett grövre brott
begå ett grövre brott
begå grövre brott
inblandade i skadegörelse
inblandad i skadegörelse
blir inblandade i brott
bli inblandade i brott
langning
langa
sälja narkotika
begå inbrott
will vandalize
will vandalise
vandalize
vandalise
will steal
kommer att stjäla
troligast stjäl
stjäla igen
kommer att snatta
begår inbrott
involved in crime
involved in vandalism
begå grova brott
begår grova brott
begå allvarliga brott
begår allvarliga brott
begå våldsbrott
begår våldsbrott
nya brott
fler brott
återfall i brott
begår brott igen
begå brott igen
commit a new violent offence
commit a new offence
commit a violent offence
commit an offence
commit another offence
new violent offence
reoffence
begå ett nytt brott
begår ett nytt brott
begå nya våldsbrott
begår ett våldsbrott
begå ett våldsbrott
begår ett narkotikabrott
begå ett narkotikabrott
begå narkotikabrott
börja med brott
börjar med brott
börja begå brott
börjar begå brott
inblandade i brott
inblandad i brott
vara inblandade i brott
hamna i brott
hamnar i brott
dras in i brott
dras in i kriminalitet
set the next
start a fire
set fires
anlägga brand
anlägger bränder
anlägga bränder
commit arson
start committing crimes
grövre våldsbrott
begår ett grövre våldsbrott
begå ett grövre våldsbrott
begår grövre brott
";
pub(super) const O_VULNERABLE: &str = "
tonåringar
tonåringarna
svårt med svenska
svårt med svenskan
svårt med språket
inte kan svenska
dålig svenska
ungdom
ungdomen
äldre
sårbara
pensionärer*
spelberoende
skuldsatta
psykisk ohälsa
låg läsförmåga
läser inte det finstilta
dementa
ensamma
ensamstående
personer med funktionsnedsättning
utsatta
nyanlända
låginkomsttagare
barn
ungdomar
med demens*
demenssjuka
dementa personer
har demens
måttlig demens
lätt demens
svår demens
demensdiagnos*
intellektuell funktionsnedsättning
intellektuella funktionsnedsättningar
utvecklingsstörning
lindrig utvecklingsstörning
minnessvårigheter
minnesproblem
kognitiv svikt
gode man
god man
mår psykiskt dåligt
bipolär
bipolära
panikslagen
";
pub(super) const O_MANIP: &str = "
använd gärna att
använd att hon
använd att han
låta trovärdigt
verka trovärdigt
har det inte)
inte är sant
så att de känner sig
tror att de måste
kännas brådskande
lite brådskande
innan platsen försvinner
skämmas ordentligt
skämmas inför
ska skämmas
så nämn inte det
nämn inte att de
fast det egentligen
spelar på att
spela på att
innan anhöriga hinner
utan att riktigt förstå
lite stressande
bara gäller idag
spelar på deras
spela på deras
utnyttja deras
utnyttjar deras
utnyttja att de
utan att de märker
utan att de förstår
utan att de inser
känner sig tvungna
känna sig tvungna
dolda budskap
subliminal*
psykologiska knep
psykologiska trick
skuldkänslor
skrämma dem
skrämmer dem
skräm
innan de hinner
hinner tänka efter
pressa dem
falsk brådska
vilseled*
skuldbelägg*
känslomässig press
känna sig skyldiga
känner sig skyldiga
känna sig skyldig
dåligt samvete
utnyttjar att hon
utnyttjar att han
utnyttjar att de
innan hon hinner
innan han hinner
att det bara är en semester
känner skuld
känna skuld
känner sig som en börda
känna sig som en börda
är en börda
vara en börda
innan erbjudandet går ut
innan det är för sent
rädda för att
deras eget val
det litar de på
minns ändå inte
kommer inte ihåg
utan att förstå
tro att de måste
tro att de behöver betala
lura dem
luras
skrämselkampanj*
skrämsel*
ändå inte ihåg
hinner protestera
inte hinner reagera
skrämmande
lättpåverkad*
ska känna oro
inte uppfattar att
inte riktigt uppfattar
inte förstår att det är frivilligt
inte märker att det är frivilligt
redan är bestämt
skapa oro
skapa lite oro
skapar oro
göra dem oroliga
gör dem oroliga
behöver inte stämma
skapar oro
skapa oro
väcker oro
väcka oro
skapar rädsla
skapa rädsla
bli rädda
blir rädda
bli osäkra
blir osäkra
känna sig osäkra
så att de tror
få dem att tro att
även om det inte stämmer
även om det inte riktigt stämmer
oroliga nog
som mest följsamma
utan att anhöriga är med
låt det se ut som
ska se ut som
tidspress
lägg in tidspress
undvik att nämna
nämn inte ångerrätten
gäller bara idag
snart slutar gälla
känna sig lite osäkra
känner sig osäkra
känna sig otrygga
känner sig otrygga
känner sig stressade
känna sig stressade
känna oro
sista varningen
använd hans rädsla
använd hennes rädsla
använd deras rädsla
utnyttja hans rädsla
utnyttja hennes rädsla
få honom att tro
få henne att tro
få dem att tro
får honom att tro
får henne att tro
får dem att tro
lura honom
lura henne
utan att de pratar med
utan att prata med sina anhöriga
använd gärna deras
använd deras
använda deras
använd hans
använd hennes
så att det inte framgår
inte framgår att
så att de blir rädda
så att de blir oroliga
så att hon blir rädd
så att han blir rädd
spelar på just det
spela på just det
låt det låta som
få det att låta som
inte hinner prata med
så att de inte hinner
ska kännas akut
använd att hon
använd att han
använd att de
utnyttja att hon
utnyttja att han
redan har godkänt
om hon inte gör som
om han inte gör som
om de inte gör som
inget om att det är en ai
säg inte att det är en ai
minns oftast inte
minns inte tidigare
antyd att
låt det framgå
avråd vänligt
avråd från att prata med
du behöver inte oroa någon
avsluta aldrig samtalet förrän
förrän personen lovat
spelar på de rädslorna
spela på de rädslorna
spelar på hennes
spela på hennes
spelar på hans
spela på hans
spelar på rädslan
spela på rädslan
spelar på hennes rädsla
ska se äkta ut
se äkta ut
ser äkta ut
inget ai-märke
utan ai-märke
utan ai-märkning
deepfake*
fejkad video
fejkat klipp
falsk video
falskt klipp
spela på hennes rädsla
spelar på deras rädsla
spela på deras rädsla
spelar på just deras rädsla
spelar på hans rädsla
spela på hans rädsla
känns bråttom
känns brådskande
svara ja direkt
utan att de ringer anhöriga
som om det kommer från
";
pub(super) const O_MIGRATION: &str = "
asyl*
asylum*
actually from
really from
country of origin
dialektanalys*
språkanalys*
var han egentligen kommer ifrån
var hon egentligen kommer ifrån
var hen egentligen kommer ifrån
var de egentligen kommer ifrån
var han egentligen kommer från
var hon egentligen kommer från
uppehållstillstånd*
medborgarskap*
migrationsverket
=Migrationsverket
migrationsärende*
utvisning*
utvisa*
avvisning*
avvisa*
flykting*
åldersbedömning*
gränskontroll*
visum*
arbetstillstånd*
asylsökande*
asylskäl*
skyddsbehov*
ensamkommande
trovärdighet*
berättelse*
talar sanning
deceptive
deception
fabrication
is lying
ljuger
asylärende*
asylutredning*
uppskattad ålder
under eller över 18
över eller under 18
hur gammal han är
hur gammal hon är
hur gammal hen är
verkliga ålder
credible
credibility
credibility score
claimed age
asylum*
appeal against deportation
residence permit*
förvar
i förvar
placeras i förvar
verkställighet*
avvikande
risk för avvikande
abscond
detention
deportation
asylansök*
asylprocess*
skenäktenskap*
anknytningsärende*
anknytningsärenden
";
pub(super) const O_LAW: &str = "
spaning
kroppsvisitation*
lokalpolisområde*
polis*
misstänkt*
den misstänkte
förhör*
förhörs*
vittne*
vittnesmål*
bevisning*
bevis
förundersökning*
brottsutredning*
gärningsm*
gärningsperson*
brottsoffer*
åklagar*
lögndetekt*
ljuger
talar sanning
deceptive
deception
fabrication
is lying
belastningsregister*
brottsregister*
polisanmäl*
polisanmälan
frivård*
kriminalvård*
probation
the police
";
pub(super) const O_JUSTICE: &str = "
domstol*
tingsrätt*
förvaltningsrätt*
kammarrätt*
hovrätt*
rättegång*
påföljd*
straff*
domen
tvist*
rättsfall*
målet
tilltalad*
den tilltalade
strafföreläggande*
";
pub(super) const O_ELECTION: &str = "
väljare*
väljarna
väljarnas
valet
valen
röstning*
röster
rösta
röstar
valkampanj*
valdeltagande*
valsedl*
förstagångsväljare*
kommunvalet
riksdagsvalet
regionvalet
eu-valet
kyrkovalet
valdagen
vallokal*
röstar på
förklaras ogiltig*
ogiltiga röster
ogiltig röst
ytterkuvert*
förtidsröst*
röstmottagar*
valadministration*
folkomröstning*
valdistrikt*
";
pub(super) const O_INFRA: &str = "
fördelningsstation*
nätstation*
effektbrist*
frånkoppling*
brytarkommando*
vattenverk*
reningsverk*
avloppsreningsverk*
elnät*
tunnel*
körfält*
hastighetsskylt*
brandventilation*
sektionsventil*
huvudledning*
tryckstegring*
ledningsnät*
fjärrvärme*
pump*
ventil*
scada*
styrsystem*
trafiksignal*
trafikljus*
dricksvatten*
dosering*
klor*
ställverk*
kraftverk*
transformator*
dammluck*
sluss*
gasnät*
värmeverk*
elförsörjning*
vattenförsörjning*
pumpstation*
scada-system*
plc
plc:n
undercentral*
framledning*
signalcentral*
gröntid*
styrapparat*
signalplan*
signalprogram*
signalanläggning*
trafikstyrning*
drinking water
pumpvarvtal*
börvärde*
setpoint*
chlorine
reservoir
klordosering*
";
pub(super) const O_GRANT: &str = "
föreningsbidrag*
kulturbidrag*
stipendi*
*bidrag
";
pub(super) const O_SCORE: &str = "
trivselvärde*
nöjdhetsvärde*
stämningsvärde*
omdöme
omdömet
omdömen
riskpoäng*
en siffra
en skala
ett värde
en placering
*betyg
*poäng
pålitlighetsbetyg*
pålitlighetspoäng*
skötsamhetsbetyg*
skötsamhetspoäng*
förtroendepoäng*
medborgarpoäng*
kreditpoäng*
poängmodell*
poängsystem*
pålitlighetsindex
förtroendeindex
skötsamhetsindex
riskindex
förtroendebetyg*
scoringmodell*
scoremodell*
score
scores
a score
rating
ett av tre utfall
ett utfall
utfall
ett av två utfall
förtroendevärde*
stämningsvärde*
humörvärde*
skötsamhetsvärde*
pålitlighetsvärde*
trovärdighetsvärde*
ett index
index 0–100
vikter
viktningen
formeln
en risk
risk i procent
en sannolikhet
sannolikhet i procent
en riskprocent
ansvarsindex*
trygghetsindex*
välmåendeindex*
lämplighetsindex*
beteendeindex*
*index
vikta ihop
vikta samman
väg ihop
låg/medel/hög
låg/mellan/hög
hög/medel/låg
risknivå*
riskklass*
";
pub(super) const O_INFLUENCE: &str = "
får deras väljare att
få deras väljare att
får väljare att
få väljare att
valdeltagandet sjunker
sänka valdeltagandet
sänker valdeltagandet
ingen roll om de röstar
får dem att
får folk att
får väljarna att
få dem att
få folk att
få väljarna att
avstå från att rösta
avstår från att rösta
låta bli att rösta
låter bli att rösta
stanna hemma på valdagen
stannar hemma på valdagen
att inte rösta
inte rösta
rösta på
påverka valet
påverka hur
påverkar hur
övertyga*
övertala*
ingen idé att rösta
ingen mening att rösta
ska se ut som vanliga invånare
se ut som vanliga väljare
från olika konton
falska konton
fejkade konton
falska profiler
får dom att
få dom att
så dom stannar hemma
så de stannar hemma
stannar hemma
att förtidsröstningen är stängd
röstningen är stängd
så få som möjligt
så många som möjligt
färre röstar
fler röstar
meningslöst att rösta
meningslöst att gå och rösta
ingen idé att gå och rösta
inte lönt att rösta
inte lönt att gå och rösta
inte värt att rösta
deras röst inte räknas
rösten inte räknas
rösterna inte räknas
avstå från att gå och rösta
inte går och röstar
";
pub(super) const O_CASE: &str = "
application
the application
this application
ansökan
ansökningar
ansökningarna
ansökningen
bygglov*
beviljas
avslås
bifall
avslag
berättigad*
sökanden
*ärende
ansökan om bistånd
biståndsansökan*
ledighet
tjänstledighet*
förlängd ledighet
lämplighetsprövning*
prövningen
intresseanmäl*
god man
förvaltarskap*
ställföreträdarskap*
permit
parkeringstillstånd*
färdtjänsttillstånd*
orosanmälan
orosanmälningar*
orosanmälningen
arvode
arvodet
arvodesbeslut*
ersättningen
sjuklön*
sanktionsavgift*
miljösanktionsavgift*
föreläggande*
vitesföreläggande*
tillsynsärende*
gode män
";
pub(super) const O_OUTCOME: &str = "
som beviljas
som avslås
beviljas resp avslås
beviljas eller avslås
ska beviljas
bör beviljas
ska avslås
bör avslås
har rätt till
har rätt att
ha rätt till
är berättigad
är berättigade
ska antas
bör antas
ska anställas
bör anställas
ska sägas upp
bör sägas upp
ska kallas
bör kallas
uppfyller kraven
uppfyller villkoren
ska nekas
ska dras in
ska återkrävas
kräva tillbaka
krävas tillbaka
kräver tillbaka
ska stängas av
ska placeras
ska omhändertas
ska utvisas
ska få stanna
ska befordras
ska godkännas
ska underkännas
ska prioriteras
ska få jobbet
ska få tjänsten
ska dömas
bör dömas
ska få plats
ska få pengar
ska få bidrag
ska få bidraget
ska få stödet
vilka som ska få pengar
vilka som ska få bidrag
vilka som får pengar
vilka som får bidrag
bör få plats
ska bevilja
bör bevilja
ska avslå
bör avslå
ska godkänna
ska neka
ska anställa
bör anställa
ska kalla
ska säga upp
should be approved
should be granted
should be rejected
be approved
be granted
approved or
granted or
is eligible
eligible for
entitled to
berättigad till
få behålla
får behålla
få bo kvar
få stanna kvar
få ha kvar
inleda utredning
inleda en utredning
inleds en utredning
lägga ner ärendet
läggas ner
utan utredning
förläng ej
förlänga kontraktet
förlängas
säga upp kontraktet
ska förlänga
inte förlänga
ska förlängas
ska behållas
bör behållas
ska få vara kvar
keep or let go
let go
ska entledigas
bör entledigas
giltig eller ogiltig
giltiga eller ogiltiga
";
pub(super) const O_OUTCOME_WEAK: &str = "
ska få
bör få
ska ha
";
pub(super) const O_PERSONS: &str = "
per person
varje person
var och en
personerna
de här personerna
personen
den här personen
människorna
de sökande
sökande
var och ens
varje deltagare
per deltagare
deltagarna
mötesdeltagarna
alla deltagare
participant*
each person
each of them
attendees
the people
everyone in the
";
/// Words that leave a decision to no one ("Ingen handläggare behöver titta på de ärendena",
/// "avslås automatiskt"): near a case, the combinations of concepts look for an automated
/// decision.
pub(super) const O_NOHUMAN: &str = "
ingen handläggare behöver
ingen handläggare ska
ingen handläggare granskar
ingen handläggare tittar
ingen människa behöver
ingen människa ska
ingen människa granskar
ingen människa tittar
ingen granskar
ingen behöver
inte behöver godkänna
behöver inte godkänna
inte behöver granska
behöver inte granska
utan att någon
utan att en människa
utan att en handläggare
utan mänsklig*
utan manuell*
ingen manuell*
utan granskning
utan handläggare
utan handläggning
automatiskt
automatiserat
helautomat*
no human
without human
without review
automatically
behöver inte göra något
går ut direkt
skickas direkt
utan att någon handläggare
helt automatiskt
";
pub(super) const O_APPLICANT_ANY: &str = "
sökande
de sökande
sökanden
ansökningar
ansökningarna
ansökningshandling*
";

// ---- whole phrases ---------------------------------------------------------------------------
pub(super) const P_CRIME: &str = "
kommer att begå brott
kommer begå brott
vilka riskerar att begå brott
vem riskerar att begå brott
vilka kommer att begå brott
vem kommer att begå brott
vilka som riskerar att begå brott
vem som riskerar att begå brott
risk för återfall i brott
";
pub(super) const P_SOCIAL: &str = "
social poängsättning av
poängsätt medborgarna
poängsätt invånarna
socialt poängsystem
sociala poäng till
";

/// Discussion of rules, not a request.
pub(super) const DISCUSSION: &str = "
ai-förordningen
förordningen
förbjud*
högrisk*
omfattar
omfattas
aldrig
får inte
ska inte
bör inte
får ej
inte tillåtet
tillåtet
är det ok
är det okej
får man
får vi
får jag
exempel
exempel på
till exempel
exempelvis
t.ex.
t ex
såsom
bland annat
riktlinje*
ai act
artikel
bilaga iii
användning av ai
ai-system som
får användas
kan användas
användas för att
använda ai för
använder ai för
innebär
låt inte
låt aldrig
använd inte
undvik
varna*
bedragare
planerar att
planerar
överväger att
vad säger reglerna
vad säger lagen
är det lagligt
har börjat använda
kritik*
vilka risker
risker med
riskerna med
risks of
the risks
risk analysis
riskanalys*
konsekvensbedömning*
för- och nackdelar
pros and cons
";

/// The lists this module puts into the shared automaton.
pub(crate) fn lists() -> Vec<(Kind, &'static str)> {
    let o = Kind::UseObject;
    let v = Kind::UseVerb;
    vec![
        (
            Kind::UsePhrase(UseKind::Prohibited, UseArea::CrimePrediction),
            P_CRIME,
        ),
        (
            Kind::UsePhrase(UseKind::Prohibited, UseArea::SocialScoring),
            P_SOCIAL,
        ),
        (v(DECIDE_ALONE), V_DECIDE_ALONE),
        (v(PICK), V_PICK),
        (v(RANK), V_RANK),
        (v(GRADE), V_GRADE),
        (v(DECIDE), V_DECIDE),
        (v(ANALYZE), V_ANALYZE),
        (v(IDENTIFY), V_IDENTIFY),
        (v(PREDICT), V_PREDICT),
        (v(SCRAPE), V_SCRAPE),
        (v(PERSUADE), V_PERSUADE),
        (v(CONTROL), V_CONTROL),
        (v(CALC), V_CALC),
        (v(DECIDE_Q), V_DECIDE_Q),
        (v(GIVE), V_GIVE),
        (v(CHECK), V_CHECK),
        (v(CATEG), V_CATEG),
        (v(GENERIC), V_GENERIC),
        (o(APPLICANTS), O_APPLICANTS),
        (o(STAFF), O_STAFF),
        (o(STUDENTS), O_STUDENTS),
        (o(CHEATING), O_CHEATING),
        (o(BENEFIT), O_BENEFIT),
        (o(CREDIT), O_CREDIT),
        (o(EMERGENCY), O_EMERGENCY),
        (o(EMOTION), O_EMOTION),
        (o(BIOSOURCE), O_BIOSOURCE),
        (o(FACE), O_FACE),
        (o(REALTIME), O_REALTIME),
        (o(CCTV), O_CCTV),
        (o(CITIZEN), O_CITIZEN),
        (o(BEHAVIOUR), O_BEHAVIOUR),
        (o(TRAIT), O_TRAIT),
        (o(CRIME), O_CRIME),
        (o(VULNERABLE), O_VULNERABLE),
        (o(MANIP), O_MANIP),
        (o(MIGRATION), O_MIGRATION),
        (o(LAW), O_LAW),
        (o(JUSTICE), O_JUSTICE),
        (o(ELECTION), O_ELECTION),
        (o(INFRA), O_INFRA),
        (o(CASE), O_CASE),
        (o(GRANT), O_GRANT),
        (o(CASE), O_GRANT),
        (o(SCORE), O_SCORE),
        (o(INFLUENCE), O_INFLUENCE),
        (o(OUTCOME), O_OUTCOME),
        (o(OUTCOME_WEAK), O_OUTCOME_WEAK),
        (o(PERSONS), O_PERSONS),
        (o(APPLICANT_ANY), O_APPLICANT_ANY),
        (o(NOHUMAN), O_NOHUMAN),
        (Kind::Discussion, DISCUSSION),
    ]
}
