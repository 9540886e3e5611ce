"""Sensitive text to a public system: 403 policy_violation with rule ids, categories and a
Swedish message that never repeats the sensitive text."""
import openai
from common import check, client

PNR = "19121212-1212"
c = client()
text = f"Patienten Tolvan Tolvansson, {PNR}, har diabetes och depression. Sammanfatta journalen."
try:
    c.chat.completions.create(model="publik", messages=[{"role": "user", "content": text}])
    check(False, "the request was not refused")
except openai.PermissionDeniedError as e:
    check(e.status_code == 403, f"status {e.status_code}")
    err = e.body if isinstance(e.body, dict) and "type" in e.body else e.body.get("error", {})
    check(err.get("type") == "policy_violation", f"type {err}")
    check(err.get("rules"), f"no rule ids: {err}")
    check("personnummer" in err.get("categories", []), f"categories {err.get('categories')}")
    msg = err.get("message", "")
    check(PNR not in msg and "1212" not in msg, "the message repeats the personnummer")
    check(any(r in msg for r in err["rules"]), f"the message names no rule: {msg}")
    check(any(w in msg.lower() for w in ("får", "inte", "kan")), f"not Swedish: {msg}")
    check(e.response.headers.get("x-vakt-record"), "refusal not recorded")
print("ok")
