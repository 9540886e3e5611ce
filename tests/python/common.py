"""Shared set-up for the gateway tests driven by the official openai Python client.

The Rust test (crates/cli/tests/gateway_openai.rs) starts a test upstream and `vakt serve`,
creates a key with `vakt keys create`, and runs these scripts with VAKT_BASE_URL and VAKT_KEY.
Each script exits 0 when every check holds and prints what failed otherwise.
"""
import os
import sys

import openai


def client(key=None):
    return openai.OpenAI(
        base_url=os.environ["VAKT_BASE_URL"],
        api_key=key if key is not None else os.environ["VAKT_KEY"],
        max_retries=0,
        timeout=30,
    )


def check(cond, what):
    if not cond:
        print(f"FAILED: {what}", file=sys.stderr)
        sys.exit(1)


def echo(text):
    """What the test upstream answers to `text`."""
    return f"Du skrev: {text}"
