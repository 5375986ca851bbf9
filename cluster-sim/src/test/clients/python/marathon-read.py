"""Runs marathon-python's read calls (Debian package python3-marathon) against a Marathon URL.

Usage: python3 marathon-read.py <marathon url> CALL...
CALL is a client method name with optional arguments after colons, e.g. list_tasks:/web or
event_stream:2:deployment_info (the first 2 events of that type). Prints one JSON line per call:
{"call": .., "result": ..} or {"call": .., "error": <exception class>, "status": <HTTP status>}.
"""
import itertools
import json
import sys

import marathon
from marathon.models.base import MarathonObject


def plain(value):
    """Turns the client's model objects back into JSON values, as the client itself serialises them."""
    if isinstance(value, MarathonObject):
        return json.loads(value.to_json())
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8")
    return value


def run(client, call):
    name, *args = call.split(":", 2) if call.startswith("event_stream") else call.split(":", 1)
    if name == "event_stream":
        # raw: the client's typed events need the heavy plan format (original/target) that
        # Marathon 1.7+ no longer sends by default, on a real cluster as on the emulator
        count = int(args[0])
        events = client.event_stream(raw=True,
                                     event_types=args[1].split(",") if len(args) > 1 else None)
        return [json.loads(e) for e in itertools.islice(events, count)]
    return plain(getattr(client, name)(*args))


def main(url, calls):
    client = marathon.MarathonClient(url, timeout=10)
    for call in calls:
        try:
            line = {"call": call, "result": run(client, call)}
        except marathon.exceptions.MarathonHttpError as e:
            line = {"call": call, "error": type(e).__name__, "status": e.status_code,
                    "message": str(e)}
        except marathon.exceptions.MarathonError as e:
            line = {"call": call, "error": type(e).__name__, "message": str(e)}
        print(json.dumps(line), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
