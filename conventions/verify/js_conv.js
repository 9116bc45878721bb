// Math.round(x*10**n)/10**n and x.toFixed(n), one "round<TAB>toFixed" line
// per input line; -0 prints as "-0"; a toFixed that throws (n < 0) prints
// the error as "RangeError: message".
const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = [];
for (const line of lines) {
  const [s, ns] = line.split("\t");
  const x = Number(s), n = Number(ns);
  const r = Math.round(x * 10 ** n) / 10 ** n;
  let f;
  try {
    f = x.toFixed(n);
  } catch (e) {
    f = e.name + ": " + e.message;
  }
  out.push((Object.is(r, -0) ? "-0" : String(r)) + "\t" + f);
}
process.stdout.write(out.join("\n") + "\n");
