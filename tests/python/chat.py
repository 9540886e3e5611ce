"""Plain and streamed chat through vakt with the official openai client."""
from common import check, client, echo

c = client()
text = "Skriv en kort inbjudan till personalfesten på fredag."

# Plain: labelled, recorded, answered.
raw = c.chat.completions.with_raw_response.create(
    model="intern", messages=[{"role": "user", "content": text}]
)
check(raw.headers.get("x-vakt-ai-generated") == "true", "x-vakt-ai-generated")
check(raw.headers.get("x-vakt-decision") == "allowed", f"decision {raw.headers.get('x-vakt-decision')}")
check(raw.headers.get("x-vakt-level") is not None, "x-vakt-level")
check(raw.headers.get("x-vakt-record"), "x-vakt-record")
answer = raw.parse()
content = answer.choices[0].message.content
check(content.startswith(echo(text)), f"plain answer {content!r}")

# Streamed: many chunks, same text in the end.
stream = c.chat.completions.create(
    model="intern", messages=[{"role": "user", "content": text}], stream=True
)
parts = []
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        parts.append(chunk.choices[0].delta.content)
streamed = "".join(parts)
check(len(parts) > 3, f"stream came in {len(parts)} parts")
check(streamed.startswith(echo(text)), f"streamed answer {streamed!r}")

# Models: the systems this caller may use.
ids = [m.id for m in c.models.list()]
check("intern" in ids, f"models {ids}")
check("annan-namnd" not in ids, f"another authority's system listed: {ids}")
print("ok")
