// Runs the Chronos client of the npm package "mesos" (silas/node-mesos) against a Chronos base
// URL (".../v1/scheduler" for 3.x, ".../scheduler" for 2.x). Each CALL is a method with a JSON
// argument, e.g. job.search='{"name":"etl","limit":2}'. Prints {"call","result"} or
// {"call","error"} per call (papi names the HTTP status in the message). Usage: node chronos.js <base url> CALL...
"use strict";
const mesos = require("mesos");

const [baseUrl, ...calls] = process.argv.slice(2);
const chronos = mesos.Chronos({ baseUrl });

function one(call) {
  const eq = call.indexOf("=");
  const [group, method] = (eq < 0 ? call : call.slice(0, eq)).split(".");
  const args = eq < 0 ? [] : [JSON.parse(call.slice(eq + 1))];
  return new Promise(resolve => {
    chronos[group][method](...args, (err, result) => resolve(err
      ? { call, error: err.message }
      : { call, result }));
  });
}

(async () => {
  for (const call of calls) {
    console.log(JSON.stringify(await one(call)));
  }
})();
