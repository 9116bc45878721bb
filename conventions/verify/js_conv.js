// Math.round(x*10**n)/10**n and x.toFixed(n), one "round<TAB>toFixed" line
// per input line; -0 prints as "-0".
const lines = require("fs").readFileSync(0, "utf8").split("\n").filter(Boolean);
const out = [];
for (const line of lines) {
  const [s, ns] = line.split("\t");
  const x = Number(s), n = Number(ns);
  const r = Math.round(x * 10 ** n) / 10 ** n;
  out.push((Object.is(r, -0) ? "-0" : String(r)) + "\t" + x.toFixed(n));
}
process.stdout.write(out.join("\n") + "\n");
