"""A personnummer to a system that allows masking: the upstream gets a placeholder, the
client gets the original back (plain and streamed)."""
from common import check, client

PNR = "19121212-1212"
c = client()
text = f"Skriv ett vänligt brev till Tolvan Tolvansson med personnummer {PNR} om hans ansökan."

raw = c.chat.completions.with_raw_response.create(
    model="publik-maskad", messages=[{"role": "user", "content": text}]
)
check(raw.headers.get("x-vakt-decision") == "masked", f"decision {raw.headers.get('x-vakt-decision')}")
content = raw.parse().choices[0].message.content
check(PNR in content, f"the personnummer was not restored: {content!r}")

stream = c.chat.completions.create(
    model="publik-maskad", messages=[{"role": "user", "content": text}], stream=True
)
streamed = "".join(
    ch.choices[0].delta.content or "" for ch in stream if ch.choices
)
check(PNR in streamed, f"the personnummer was not restored in the stream: {streamed!r}")
check("[PERSONNUMMER" not in streamed.upper(), f"a placeholder leaked: {streamed!r}")
print("ok")
