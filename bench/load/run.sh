#!/usr/bin/env bash
# Load test of `vakt serve` (issue 5): nginx returns a fixed chat completion as the fast
# upstream; wrk POSTs 4 KB prompts with 32 connections, first straight to nginx, then
# through `target/release/vakt serve` (records written to SQLite). Prints throughput and p99
# for both, the ratio, the added p99, the gateway's peak RSS under load, and the time from
# start to the first answered request. Targets: >= 25% of direct throughput, <= 5 ms added
# p99, RSS < 150 MB, start-up < 1 s. For scale it also runs a bare proxy of the same parts
# (axum + reqwest, `crates/gateway/examples/bare_proxy.rs`) that checks and records nothing:
# the most any gateway of this shape reaches on the machine.
#
# Usage: bench/load/run.sh [DURATION_SECONDS]   (needs wrk and nginx: scripts/setup)
set -euo pipefail
cd "$(dirname "$0")/../.."
DUR="${1:-10}"
CONNS=32
THREADS=2
BIN=target/release/vakt
BARE=target/release/examples/bare_proxy
if [ -z "${VAKT_SKIP_BUILD:-}" ] || [ ! -x "$BIN" ] || [ ! -x "$BARE" ]; then
  cargo build --release -p vakt --quiet
  cargo build --release -p vakt-gateway --example bare_proxy --quiet
fi
command -v wrk >/dev/null || { echo "wrk is missing (scripts/setup)"; exit 2; }
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

WORK=$(mktemp -d)
NGINX_PID=""; VAKT_PID=""; BARE_PID=""
cleanup() {
  [ -n "$VAKT_PID" ] && kill "$VAKT_PID" 2>/dev/null || true
  [ -n "$BARE_PID" ] && kill "$BARE_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
UP_PORT=$(free_port)
GW_PORT=$(free_port)
BARE_PORT=$(free_port)

# --- the fast upstream: nginx with a fixed completion ----------------------------------------
mkdir -p "$WORK/nginx/logs"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  client_body_buffer_size 64k;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$UP_PORT;
    location / {
      default_type application/json;
      return 200 '{"id":"chatcmpl-bench","object":"chat.completion","created":1,"model":"bench-model","choices":[{"index":0,"message":{"role":"assistant","content":"Här är ett förslag på en kort och tydlig text till invånarna om den nya förskolan."},"finish_reason":"stop"}],"usage":{"prompt_tokens":900,"completion_tokens":20,"total_tokens":920}}';
    }
  }
}
CONF
"$NGINX" -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" -g 'daemon off;' &
NGINX_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$UP_PORT/" && break; sleep 0.1; done

# --- vakt config and key ---------------------------------------------------------------------
cat > "$WORK/vakt.toml" <<CONF
[server]
listen = "127.0.0.1:$GW_PORT"

[storage]
url = "sqlite://$WORK/data/vakt.db"

[organisation]
name = "Lastkommunen"
profile = "goteborg"

[[authorities]]
id = "ks"
name = "Kommunstyrelsen"

[[systems]]
id = "bench"
name = "Lasttest-AI"
kind = "own"
upstream = "http://127.0.0.1:$UP_PORT/v1"
model = "bench-model"
risk_assessed = true
risk_assessment_date = 2026-01-01
risk_assessment_by = "Lasttest"
max_level = 3
data_location = "eu_eea"
dpia_done = true
dpa_signed = true
CONF
export VAKT_RECORDS_KEY=$(python3 -c 'import secrets; print(secrets.token_hex(32))')
KEY=$("$BIN" --config "$WORK/vakt.toml" keys create --user last --authority ks | tail -n1)

run_wrk() { # url, key
  VAKT_KEY="$2" wrk -t"$THREADS" -c"$CONNS" -d"${DUR}s" --latency -s bench/load/post.lua "$1" | grep '^LOAD'
}
field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

echo "== direct to nginx (${DUR}s, $CONNS connections, 4 KB prompts)"
VAKT_KEY="" wrk -t"$THREADS" -c"$CONNS" -d2s -s bench/load/post.lua "http://127.0.0.1:$UP_PORT/v1/chat/completions" >/dev/null
DIRECT=$(run_wrk "http://127.0.0.1:$UP_PORT/v1/chat/completions" "")
echo "$DIRECT"

echo "== bare proxy, no checks, no records (the ceiling for a gateway of this shape)"
"$BARE" "127.0.0.1:$BARE_PORT" "http://127.0.0.1:$UP_PORT" &
BARE_PID=$!
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$BARE_PORT/" && break; sleep 0.1; done
VAKT_KEY="" wrk -t"$THREADS" -c"$CONNS" -d2s -s bench/load/post.lua "http://127.0.0.1:$BARE_PORT/v1/chat/completions" >/dev/null
CEILING=$(run_wrk "http://127.0.0.1:$BARE_PORT/v1/chat/completions" "")
echo "$CEILING"
kill "$BARE_PID"; wait "$BARE_PID" 2>/dev/null || true; BARE_PID=""

# --- start vakt, time to the first answered request ------------------------------------------
BODY='{"model":"bench","messages":[{"role":"user","content":"Hej"}]}'
T0=$(date +%s%N)
"$BIN" --config "$WORK/vakt.toml" serve 2>"$WORK/vakt.log" &
VAKT_PID=$!
while :; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "authorization: Bearer $KEY" -H 'content-type: application/json' \
         -d "$BODY" "http://127.0.0.1:$GW_PORT/v1/chat/completions" || true)
  [ "$code" = 200 ] && break
  if ! kill -0 "$VAKT_PID" 2>/dev/null; then cat "$WORK/vakt.log"; exit 1; fi
  sleep 0.005
done
T1=$(date +%s%N)
STARTUP_MS=$(( (T1 - T0) / 1000000 ))

echo "== through vakt serve (records written)"
VAKT_KEY="$KEY" wrk -t"$THREADS" -c"$CONNS" -d2s -s bench/load/post.lua "http://127.0.0.1:$GW_PORT/v1/chat/completions" >/dev/null
PEAK_KB=0
( while kill -0 "$VAKT_PID" 2>/dev/null; do
    awk '/VmRSS/ {print $2}' "/proc/$VAKT_PID/status" 2>/dev/null; sleep 0.2; done ) > "$WORK/rss" &
SAMPLER=$!
if [ -n "${VAKT_PERF:-}" ]; then  # optional: profile the gateway during its run
  perf record -F 499 ${VAKT_PERF_CG:--g} -p "$VAKT_PID" -o "${VAKT_PERF_OUT:-$WORK/perf.data}" -- sleep "$DUR" >/dev/null 2>&1 &
  PERF=$!
fi
CPU0=$(awk '{print $14+$15}' "/proc/$VAKT_PID/stat")
VAKT=$(run_wrk "http://127.0.0.1:$GW_PORT/v1/chat/completions" "$KEY")
CPU1=$(awk '{print $14+$15}' "/proc/$VAKT_PID/stat")
kill "$SAMPLER" 2>/dev/null || true
echo "gateway CPU during the run: $(( (CPU1 - CPU0) * 100 / $(getconf CLK_TCK) / DUR ))% of one core"
if [ -n "${VAKT_PERF:-}" ]; then
  wait "$PERF" || true
  perf report -i "$WORK/perf.data" --no-children --stdio --sort dso 2>/dev/null | grep -v '^#' | grep '%' | grep -v -- '--' | head -12
  perf report -i "$WORK/perf.data" --no-children --stdio -g none --sort symbol 2>/dev/null | grep -v '^#' | grep '%' | head -40
fi
echo "$VAKT"
# which answers were not 200, by the decisions the gateway counted (and its logged errors)
curl -s "http://127.0.0.1:$GW_PORT/metrics" | grep -E '^vakt_(decisions|requests)_total' | grep -v ' 0$' || true
grep -E 'ERROR|WARN' "$WORK/vakt.log" | sed -E 's/^[^ ]+ +//' | cut -c1-160 | sort | uniq -c | sort -rn | head -5 || true
PEAK_KB=$(sort -n "$WORK/rss" | tail -n1)
RECORDS=$(curl -s "http://127.0.0.1:$GW_PORT/metrics" | awk '/^vakt_decisions_total\{decision="allowed"\}/ {print $2}')

D_RPS=$(field "$DIRECT" rps); D_P99=$(field "$DIRECT" p99_us)
V_RPS=$(field "$VAKT" rps); V_P99=$(field "$VAKT" p99_us); V_ERR=$(field "$VAKT" non2xx)
C_RPS=$(field "$CEILING" rps); C_P99=$(field "$CEILING" p99_us)
python3 - "$D_RPS" "$D_P99" "$V_RPS" "$V_P99" "$PEAK_KB" "$STARTUP_MS" "$V_ERR" "$RECORDS" "$C_RPS" "$C_P99" <<'PY'
import sys
d_rps, d_p99, v_rps, v_p99, rss_kb, start_ms, errs, records, c_rps, c_p99 = sys.argv[1:]
c_rps, c_p99 = float(c_rps), int(c_p99) / 1000
d_rps, v_rps = float(d_rps), float(v_rps)
d_p99, v_p99 = int(d_p99) / 1000, int(v_p99) / 1000
ratio = v_rps / d_rps if d_rps else 0
added = v_p99 - d_p99
rss = int(rss_kb or 0) / 1024
start = int(start_ms)
ok = lambda b: "OK " if b else "MISS"
print()
print(f"direct      {d_rps:10.0f} req/s   p99 {d_p99:7.2f} ms")
print(f"bare proxy  {c_rps:10.0f} req/s   p99 {c_p99:7.2f} ms   ({c_rps / d_rps * 100:.1f} % of direct: the ceiling here)")
print(f"via vakt    {v_rps:10.0f} req/s   p99 {v_p99:7.2f} ms   non-200: {errs}   requests allowed+recorded: {records}")
print(f"[{ok(ratio >= 0.25)}] throughput ratio   {ratio*100:6.1f} %   (target >= 25 %)")
print(f"[{ok(added <= 5)}] added p99          {added:6.2f} ms  (target <= 5 ms)")
print(f"[{ok(rss < 150)}] peak RSS under load {rss:6.1f} MB  (target < 150 MB)")
print(f"[{ok(start < 1000)}] start to first answer {start} ms (target < 1000 ms)")
PY
