#!/usr/bin/env bash
# Starts the gateway with `npm start` exactly as contract/README.md says, waits for /healthz,
# validates the cases and replays them with --strict. Exits non-zero when any case fails.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${CONTRACT_GATEWAY_PORT:-8080}"
ECHO_PORT="${CONTRACT_ECHO_PORT:-18999}"
LOG="$(mktemp -t kago-contract-gateway.XXXXXX.log)"
npm start -- --port "$PORT" --admin-port 0 \
  --upstream "facebook=http://127.0.0.1:$ECHO_PORT/facebook" --upstream "aliyun=http://127.0.0.1:$ECHO_PORT/aliyun" \
  --upstream "tencent=http://127.0.0.1:$ECHO_PORT/tencent" --upstream "zego=http://127.0.0.1:$ECHO_PORT/zego" \
  >"$LOG" 2>&1 &
GATEWAY_PID=$!
stop() { kill "$GATEWAY_PID" 2>/dev/null || true; pkill -P "$GATEWAY_PID" 2>/dev/null || true; wait "$GATEWAY_PID" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 300); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$GATEWAY_PID" 2>/dev/null || break
  sleep 0.2
done
if ! curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null; then
  echo "gateway never became ready; its output:" >&2
  cat "$LOG" >&2
  exit 1
fi
node contract/validate-cases.mjs
node contract/run-cases.mjs --gateway "http://127.0.0.1:$PORT" --echo-port "$ECHO_PORT" --strict
