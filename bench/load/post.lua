-- wrk script: POST OpenAI chat requests with ~4 KB prompts (no personal data, so they are
-- allowed and forwarded). The prompts vary: 64 different texts drawn from a vocabulary of a
-- few hundred everyday Swedish words in sentences of 6-15 words (about 230 distinct words per
-- prompt, as in real text), so the gateway's free-text index does real work, not the same 30
-- words again.
-- VAKT_KEY (optional) is sent as the bearer key.
local vocab = {}
for w in ([[
kommunen planerar att bygga en ny förskola i stadsdelen under nästa år och vill ha förslag
på hur informationen till invånarna kan skrivas enkelt tydligt med öppettider biblioteket
parken skolan gatan trafiken bussen cykelbanan parkeringen vägen bron torget centrum området
kvarteret detaljplanen bygglovet samrådet utställningen remissen yttrandet nämnden styrelsen
förvaltningen enheten avdelningen kontoret verksamheten budgeten kostnaden investeringen
underhållet renoveringen tillbyggnaden lokalerna ytan marken tomten fastigheten huset taket
fönstren värmen ventilationen belysningen energin solceller laddstolpar avfallet återvinningen
sophämtningen vattnet avloppet ledningarna dagvattnet översvämning klimatet miljön naturen
skogen sjön stranden badplatsen lekplatsen idrottshallen simhallen fotbollsplanen spåret
promenaden evenemang konsert teater utställning marknad festival sommarlov höstlov jullov
vecka månad kvartal dag kväll morgon helg måndag tisdag onsdag torsdag fredag januari mars
maj september november tidigare senare snart ofta ibland alltid aldrig gärna särskilt
dessutom däremot därför eftersom medan innan efter före mellan genom utan mot vid hos från
till över under bakom bredvid inom utanför ungefär nästan ganska mycket lite flera många
några alla varje annan andra samma hela halva första sista nya gamla stora små långa korta
viktiga vanliga tydliga enkla svåra möjliga lämpliga rimliga tillgängliga digitala gemensamma
lokala regionala nationella offentliga öppna stängda tillfälliga permanenta kommande
beskriv sammanfatta formulera förbättra förkorta förtydliga översätt strukturera föreslå
jämför lista förklara granska redigera skriv gör ta fram ge exempel på punkter rubriker
stycken meningar ord text brev mejl kallelse inbjudan annons information nyhet pressmeddelande
webbsida broschyr affisch presentation rapport sammanställning plan tidplan checklista
instruktion rutin manual mall protokoll dagordning anteckningar frågor svar synpunkter
önskemål förslag idéer mål syfte bakgrund resultat uppföljning utvärdering erfarenheter
arbetet projektet uppdraget samarbetet dialogen mötet träffen workshopen seminariet kursen
utbildningen introduktionen handledningen stödet servicen tjänsten funktionen systemet
plattformen appen formuläret blanketten ärendet diariet arkivet dokumentet filen mappen
läsaren mottagaren publiken målgruppen föreningarna företagen organisationerna besökarna
turisterna grannarna medborgarna ungdomarna pensionärerna familjerna hushållen
]]):gmatch("%S+") do vocab[#vocab + 1] = w end

-- A small deterministic generator, so every run sends the same prompts.
local state = 12345
local function rand(n)
  state = (state * 1103515245 + 12345) % 2147483648
  return state % n + 1
end

local headers = { ["Content-Type"] = "application/json" }
local key = os.getenv("VAKT_KEY")
if key and key ~= "" then
  headers["Authorization"] = "Bearer " .. key
end

-- Built in init(): wrk.format adds the Host header, which wrk knows only by then.
local requests = {}
init = function(args)
  for r = 1, 64 do
    local parts = { "Hej! Kan du hjälpa mig att skriva om den här texten tydligare?" }
    local len = #parts[1]
    local in_sentence = 0
    while len < 4096 do
      local w = vocab[rand(#vocab)]
      in_sentence = in_sentence + 1
      -- sentences of 6 to 15 words, as in real text
      if in_sentence >= 6 and rand(10) <= 2 or in_sentence >= 15 then
        w = w .. "."
        in_sentence = 0
      end
      parts[#parts + 1] = w
      len = len + #w + 1
    end
    local prompt = table.concat(parts, " ")
    local body = '{"model":"bench","messages":[{"role":"user","content":"' .. prompt .. '"}]}'
    requests[r] = wrk.format("POST", nil, headers, body)
  end
end

local n = 0
request = function()
  n = n + 1
  return requests[n % #requests + 1]
end

local non200 = 0
response = function(status, headers, body)
  if status ~= 200 then non200 = non200 + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("LOAD rps=%.1f p50_us=%d p99_us=%d errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
