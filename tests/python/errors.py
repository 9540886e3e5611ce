"""Client mistakes: a bad key gets 401, bad JSON and wrong types get 400, all in the
OpenAI error shape."""
import json
import os
import urllib.error
import urllib.request

import openai
from common import check, client

try:
    client("vakt_this-key-does-not-exist").chat.completions.create(
        model="intern", messages=[{"role": "user", "content": "Hej"}]
    )
    check(False, "a bad key was accepted")
except openai.AuthenticationError as e:
    check(e.status_code == 401, f"status {e.status_code}")
    check(e.code == "invalid_api_key", f"code {e.code}")

try:
    client().chat.completions.create(model="intern", messages="inte en lista")
    check(False, "messages as a string was accepted")
except openai.BadRequestError as e:
    check(e.status_code == 400, f"status {e.status_code}")
    check(e.param == "messages", f"param {e.param}")

try:
    client().chat.completions.create(model="finns-inte", messages=[{"role": "user", "content": "Hej"}])
    check(False, "an unknown model was accepted")
except openai.NotFoundError as e:
    check(e.code == "model_not_found", f"code {e.code}")

req = urllib.request.Request(
    os.environ["VAKT_BASE_URL"] + "/chat/completions",
    data=b'{"model": "intern", "messages": [',
    headers={"authorization": "Bearer " + os.environ["VAKT_KEY"], "content-type": "application/json"},
    method="POST",
)
try:
    urllib.request.urlopen(req)
    check(False, "bad JSON was accepted")
except urllib.error.HTTPError as e:
    check(e.code == 400, f"bad JSON status {e.code}")
    body = json.loads(e.read())
    check(body["error"]["code"] == "invalid_json", f"bad JSON body {body}")
print("ok")
