#!/usr/bin/env bash
# vakt check against grep on the same 64 MiB file (issue 2's numbers):
#   - time:   `vakt check --format json` within 8× of `grep -cE '[0-9]{6}[-+]?[0-9]{4}'`
#   - memory: peak RSS of vakt check under 4× the file size
#
# Usage: [RUNS=5] bash bench/check.sh [SIZE_MIB]   (default 64; builds target/release/vakt first)
# The text is generated (seeded, so every run is the same): municipal prose with synthetic
# personnummer, phone numbers, e-mail addresses, invoice numbers and addresses sprinkled in.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mib="${1:-64}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
file="$work/blandad.txt"

# Always build: cargo does nothing when the binary is fresh, and a stale binary would be measured.
cargo build --release -p vakt >&2
if [ ! -x /usr/bin/time ]; then
  echo "bench/check.sh: /usr/bin/time saknas (apt-get install time)" >&2
  exit 2
fi

LC_ALL=C awk -v target=$((size_mib * 1024 * 1024)) 'BEGIN {
  srand(20261123);
  n = split("Kommunstyrelsen beslutade den 2024-03-15 att godkänna förslaget till ny översiktsplan för området.|" \
    "Ärendet har beretts av stadsbyggnadsförvaltningen i samråd med miljöförvaltningen och trafikkontoret.|" \
    "Budgeten för verksamhetsåret uppgår till 12 500 000 kronor, varav 3,2 miljoner avser investeringar.|" \
    "Mötet hölls i Stadshuset kl. 13.30 och protokollet justerades av ordföranden och två ledamöter.|" \
    "Förvaltningen föreslår att nämnden ger i uppdrag att utreda möjligheterna till utökad hemtjänst.|" \
    "Skolan har 450 elever fördelade på årskurs 1–9 och en fritidsverksamhet med 120 platser.|" \
    "Återvinningscentralen är öppen vardagar 07.00–19.00 och lördagar 09.00–15.00 under sommaren.|" \
    "Vi har tagit emot din ansökan och återkommer med ett beslut inom fyra veckor från att den kom in.|" \
    "Enkäten besvarades av 1 234 invånare, vilket motsvarar en svarsfrekvens på 41 procent.|" \
    "Vägarbetet på Kungsgatan pågår till och med vecka 42 och omledning sker via Drottninggatan.|" \
    "Dnr KS 2023/0145. Handläggare på förvaltningen nås via kontaktcenter på vardagar.", prose, "|");
  m = split("811218-9876|640823-3234|900101-1239|750615-4561|030304-9878|461205-3217|850314-1239", pnr, "|");
  k = split("Åsa Öberg|Mårten Ågren|Lars Svensson|Karin Lindqvist|Ahmed Hassan|Maria Nilsson", names, "|");
  total = 0;
  while (total < target) {
    r = rand();
    if (r < 0.90) line = prose[int(rand() * n) + 1];
    else if (r < 0.93) line = "Sökande: " names[int(rand() * k) + 1] ", personnummer " pnr[int(rand() * m) + 1] ".";
    else if (r < 0.95) line = "Kontakta handläggaren på telefon 070-" int(100 + rand() * 900) " " int(10 + rand() * 90) " " int(10 + rand() * 90) " eller e-post handlaggare" int(rand() * 1000) "@kommun.example.se.";
    else if (r < 0.97) line = "Fakturanummer " int(1000000000 + rand() * 8999999999) " ska anges vid betalning till bankgiro 5050-1055.";
    else line = "Besöksadress: Storgatan " int(1 + rand() * 90) ", 802 " int(10 + rand() * 89) " Gävle.";
    print line;
    total += length(line) + 1;
  }
}' > "$file"
bytes=$(stat -c %s "$file")
mib=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')

# Each command runs $RUNS times (default 5), grep and vakt taking turns, so that both see the
# same machine; the median wall time (to the millisecond) and the highest peak RSS count.
runs="${RUNS:-5}"
run() { # label, command...; appends "milliseconds peak-RSS-KiB exit-code" to $work/$label.runs
  local label=$1; shift
  local rc=0 t0 t1
  t0=$(date +%s%N)
  /usr/bin/time -f %M -o "$work/$label.time" "$@" > "$work/$label.out" || rc=$?
  t1=$(date +%s%N)
  echo "$(( (t1 - t0) / 1000000 )) $(tail -n 1 "$work/$label.time") $rc" >> "$work/$label.runs"
}
summarise() { # label → "median-seconds max-RSS-KiB worst-exit-code" in $work/$label.res
  sort -n "$work/$1.runs" | awk '{ ms[NR] = $1; if ($2 > rss) rss = $2; if ($3 > rc) rc = $3 }
    END { printf "%.3f %d %d\n", ms[int((NR + 1) / 2)] / 1000, rss, rc }' > "$work/$1.res"
}

# warm the page cache so that both read from memory
cat "$file" > /dev/null
for _ in $(seq "$runs"); do
  run grep grep -cE '[0-9]{6}[-+]?[0-9]{4}' "$file"
  run vakt target/release/vakt check --format json "$file"
done
summarise grep
summarise vakt

read -r g_s g_rss _ < "$work/grep.res"
read -r v_s v_rss v_rc < "$work/vakt.res"
docs=$(grep -c '"source"' "$work/vakt.out" || true)
pnr=$(grep -o '"category":"personnummer"' "$work/vakt.out" | wc -l)
omitted=$(grep -o '"findings_omitted":[0-9]*' "$work/vakt.out" | cut -d: -f2 || true)
echo "fil:        $file ($mib MiB, $bytes byte)"
echo "kommando:   grep -cE '[0-9]{6}[-+]?[0-9]{4}' FIL   → $(cat "$work/grep.out") träffar"
echo "kommando:   target/release/vakt check --format json FIL   → $docs dokument, $pnr personnummer listade (${omitted:-0} fynd utöver --max-findings utelämnade), slutkod $v_rc"
# Exit code 2 means vakt could not check the file (or only part of it): not a valid run.
awk -v runs="$runs" -v g="$g_s" -v v="$v_s" -v gr="$g_rss" -v vr="$v_rss" -v b="$bytes" -v rc="$v_rc" -v docs="$docs" 'BEGIN {
  printf "grep:       %.3f s (median av %d körningar), topp-RSS %.1f MiB\n", g, runs, gr / 1024;
  printf "vakt check: %.3f s (median av %d körningar), topp-RSS %.1f MiB\n", v, runs, vr / 1024;
  ratio = (g > 0) ? v / g : 0;
  printf "tid vakt/grep: %.2f× (krav ≤ 8×)   minne vakt/fil: %.2f× (krav < 4×)\n", ratio, vr * 1024 / b;
  ok = (ratio <= 8 && vr * 1024 < 4 * b && rc < 2 && docs == 1);
  print ok ? "RESULTAT: godkänt" : "RESULTAT: inte godkänt";
}'
