-- wrk script: POST an OpenAI chat request with a ~4 KB prompt (no personal data, so it is
-- allowed and forwarded). VAKT_KEY (optional) is sent as the bearer key.
local words = {"kommunen", "planerar", "att", "bygga", "en", "ny", "förskola", "i", "stadsdelen",
  "under", "nästa", "år", "och", "vill", "ha", "förslag", "på", "hur", "informationen", "till",
  "invånarna", "kan", "skrivas", "enkelt", "tydligt", "med", "öppettider", "biblioteket", "parken"}
local parts = {}
local len = 0
local i = 0
while len < 4096 do
  local w = words[(i * 7) % #words + 1]
  parts[#parts + 1] = w
  len = len + #w + 1
  i = i + 1
end
local prompt = table.concat(parts, " ")
wrk.method = "POST"
wrk.body = '{"model":"bench","messages":[{"role":"user","content":"' .. prompt .. '"}]}'
wrk.headers["Content-Type"] = "application/json"
local key = os.getenv("VAKT_KEY")
if key and key ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. key
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
