// Runs marathon-event-bus-client (tobilg) against a Marathon URL: prints {"subscribed":true} once
// the event stream is open, then one JSON line per event of the given types, and exits after
// <count> events. Usage: node marathon-events.js <marathon url> <count> <event type>...
"use strict";
const MarathonEventBusClient = require("marathon-event-bus-client");

const [url, count, ...eventTypes] = process.argv.slice(2);
const u = new URL(url);
let left = Number(count);
const handlers = {};
for (const type of eventTypes) {
  handlers[type] = (name, data) => {
    console.log(JSON.stringify({ event: name, data }));
    if (--left === 0) {
      client.unsubscribe();
      setTimeout(() => process.exit(0), 200);
    }
  };
}
const client = new MarathonEventBusClient({
  marathonHost: u.hostname,
  marathonPort: u.port,
  marathonProtocol: u.protocol.replace(":", ""),
  eventTypes,
  handlers
});
client.on("subscribed", () => console.log(JSON.stringify({ subscribed: true })));
client.on("error", e => console.log(JSON.stringify({ error: String(e.error && (e.error.message || e.error.status) || e) })));
client.subscribe();
setTimeout(() => process.exit(2), 30000);
