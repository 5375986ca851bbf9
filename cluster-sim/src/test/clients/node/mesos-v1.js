// Runs @dcos/mesos-client (the DC/OS UI's v1 operator API client) against a master, as the
// DC/OS UI does in a browser: under a window whose origin is the master (jsdom supplies the
// window and its XMLHttpRequest, as in the client's own jest tests), with the relative URL /api/v1.
// Usage: node mesos-v1.js <master url> CALL... [SUBSCRIBE:<events>]
// Prints one JSON line per call: {"call":..,"status":..,"body":..} (body parsed when JSON).
"use strict";
const { JSDOM } = require("jsdom");

const [master, ...calls] = process.argv.slice(2);
const dom = new JSDOM("", { url: master.replace(/\/?$/, "/") });
global.XMLHttpRequest = dom.window.XMLHttpRequest;
const { request, stream } = require("@dcos/mesos-client");
const { take, toArray, timeout } = require("rxjs/operators");

function parsed(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}

function one(call) {
  return new Promise(resolve => {
    const [type, count] = call.split(":");
    if (type === "SUBSCRIBE") {
      // The stream never ends by itself: read the first <count> events, then unsubscribe.
      stream({ type }, "/api/v1").pipe(take(Number(count || 1)), toArray(), timeout(20000))
        .subscribe(
          events => resolve({ call: type, status: 200, events: events.map(parsed) }),
          error => resolve({ call: type, status: error.code, body: String(error.response || error) }));
      return;
    }
    request({ type }, "/api/v1").subscribe(
      body => resolve({ call: type, status: 200, body: parsed(body) }),
      error => resolve({ call: type, status: error.code, body: parsed(error.response) }));
  });
}

(async () => {
  for (const call of calls) {
    console.log(JSON.stringify(await one(call)));
  }
  dom.window.close();
  process.exit(0);
})();
