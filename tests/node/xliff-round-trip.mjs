// Read an XLIFF 2.x file with the npm package xliff (xliff2js), let a "translator" fill the units named
// on the command line, write it back with js2xliff as XLIFF 2.1: what a tool built on it does.
//   node xliff-round-trip.mjs IN OUT [UNIT_ID=TEXT ...]
import fs from 'node:fs'
import { xliff2js, js2xliff } from 'xliff'

const [input, output, ...edits] = process.argv.slice(2)
const js = await xliff2js(fs.readFileSync(input, 'utf8'))
for (const edit of edits) {
  const [id, text] = edit.split(/=(.*)/s)
  for (const units of Object.values(js.resources)) {
    if (units[id]) units[id].target = text
  }
}
fs.writeFileSync(output, await js2xliff(js, { targetXliffVersion: '2.1' }))
