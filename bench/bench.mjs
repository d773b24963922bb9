#!/usr/bin/env node
// The benchmark: postlint (the recommended preset) and alex 11 over the same
// real postings, in one run, so their ratio is measured on the same machine
// at the same time. Prints a report and writes it to BENCHMARKS.md.
//
//   npm run bench             # everything (about 10 minutes on 2 cores)
//   npm run bench -- --quick  # fewer repetitions, smaller scale set
//
// Wall times are medians of several runs (this machine is shared and noisy);
// peak RSS is the largest resident set of the process (or of the node it
// starts again), read by GNU time.
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const CORPUS = process.env.POSTLINT_CORPUS ?? path.resolve(ROOT, '../shared/corpus')
const BIN = path.join(ROOT, 'bin', 'postlint.js')
/** The node flags the command starts a run on threads with (src/cli/start.ts). */
const { THREADED_START_FLAGS } = await import(pathToFileURL(path.join(ROOT, 'dist', 'src', 'cli', 'start.js')).href)
const ALEX = path.join(ROOT, 'node_modules', '.bin', 'alex')
const QUICK = process.argv.includes('--quick')
const RUNS = QUICK ? 1 : 3
const SCALE = QUICK ? 4000 : 20000
/**
 * How many times each run over the scale set is made, one thread and auto in
 * turns; the fastest of each is kept. A run of minutes on a shared machine is
 * easily slowed by its neighbours: with one run each, one thread took 173 s
 * over the 20,000 files in one benchmark and 224 s in the next (of a build
 * that linted as fast, interleaved with the first one file by file in one
 * process), which made auto 1.65× and then 2.10× as fast.
 */
const SCALE_RUNS = QUICK ? 1 : 2
/** How many times each rule's cost is measured against a lint with no rule (the median is kept). */
const RULE_PAIRS = QUICK ? 1 : 5
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null

if (!fs.existsSync(CORPUS)) {
  console.error(`bench: the corpus is not at ${CORPUS} (set POSTLINT_CORPUS)`)
  process.exit(2)
}
if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'cli', 'index.js'))) {
  console.error('bench: run `npm run build` first')
  process.exit(2)
}

function corpusFiles() {
  const files = []
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (fs.statSync(full).isDirectory()) walk(full)
      else if (/\.(md|html)$/.test(name) && dir !== CORPUS) files.push(full)
    }
  }
  walk(CORPUS)
  return files
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** GNU time's last line: peak RSS (KB), user and system CPU seconds. */
const TIME_FORMAT = '%M %U %S'

function timeFigures(stderr) {
  const match = /^(\d+) ([\d.]+) ([\d.]+)$/.exec(TIME ? stderr.trim().split('\n').at(-1) : '')
  return match ? { rss: Number(match[1]) / 1024, cpu: Number(match[2]) + Number(match[3]) } : { rss: NaN, cpu: NaN }
}

/** Run a command; wall seconds, peak RSS (MB) and CPU seconds of the process. */
function measure(command, args, options = {}) {
  const started = process.hrtime.bigint()
  const result = TIME
    ? spawnSync(TIME, ['-f', TIME_FORMAT, command, ...args], { ...options, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { ...options, encoding: 'utf8', maxBuffer: 1 << 30 })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.error) throw result.error
  return { seconds, ...timeFigures(result.stderr), status: result.status, stderr: result.stderr }
}

const HALVES = ['halves/a', 'halves/b']

/**
 * The scale set's two halves linted side by side, one one-thread process
 * each, sharing nothing: what splitting the work without threads gives, to
 * set beside --concurrency auto. Under the node flags the command takes for
 * a run on threads (garbage collected by each thread alone), as auto's run.
 */
async function sideBySide(scaleDir) {
  const half = (folder) =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [...THREADED_START_FLAGS, BIN, '--no-config', '--format', 'json', '--output-file', os.devNull, folder], { cwd: scaleDir, stdio: 'ignore' })
      child.on('error', reject)
      child.on('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`postlint exited ${code}`))))
    })
  const started = process.hrtime.bigint()
  await Promise.all(HALVES.map(half))
  return Number(process.hrtime.bigint() - started) / 1e9
}

function repeat(runs, fn) {
  const samples = []
  for (let i = 0; i < runs; i++) samples.push(fn())
  return summary(samples)
}

/** Runs' median wall time and cores, and their highest peak RSS. */
function summary(samples) {
  return {
    seconds: median(samples.map((s) => s.seconds)),
    rss: Math.max(...samples.map((s) => s.rss)),
    cores: median(samples.map((s) => (s.cpu ?? NaN) / s.seconds)),
    samples,
  }
}

/** The fastest of several runs (its CPU time, hence its cores), with the peak RSS of them all. */
function fastest(samples) {
  const best = samples.reduce((a, b) => (b.seconds < a.seconds ? b : a))
  return { seconds: best.seconds, rss: Math.max(...samples.map((s) => s.rss)), cores: (best.cpu ?? NaN) / best.seconds, samples }
}

function postlintRun(args, cwd) {
  const run = measure(process.execPath, [BIN, '--no-config', '--format', 'json', '--output-file', path.join(os.tmpdir(), 'postlint-bench.json'), ...args], { cwd })
  if (run.status !== 0 && run.status !== 1) throw new Error(`postlint exited ${run.status}: ${run.stderr.slice(0, 400)}`)
  return run
}

function alexRun(files) {
  // alex reads Markdown by default and HTML with --html: one process for each, times added.
  const md = files.filter((file) => file.endsWith('.md'))
  const html = files.filter((file) => file.endsWith('.html'))
  const a = md.length > 0 ? measure(ALEX, ['--quiet', ...md]) : { seconds: 0, rss: 0 }
  const b = html.length > 0 ? measure(ALEX, ['--quiet', '--html', ...html]) : { seconds: 0, rss: 0 }
  return { seconds: a.seconds + b.seconds, rss: Math.max(a.rss, b.rss) }
}

/** The scale set: the corpus repeated to `count` files, every other file in halves/a and halves/b (for the runs side by side). */
function makeScaleSet(files, count) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-scale-'))
  for (const half of HALVES) fs.mkdirSync(path.join(dir, half), { recursive: true })
  for (let i = 0; i < count; i++) {
    const source = files[i % files.length]
    const copy = Math.floor(i / files.length)
    fs.copyFileSync(source, path.join(dir, HALVES[i % 2], `${copy}-${path.basename(source)}`))
  }
  return dir
}

function bytesOf(files) {
  return files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
}

/** Per-posting cost of each rule and of retext-equality as a plugin, in this process, on every fourth posting of the corpus. */
async function ruleCosts(corpus) {
  const files = corpus.filter((_, index) => index % 4 === 0)
  const { Linter } = await import(path.join(ROOT, 'dist/src/linter/linter.js'))
  const { builtinRules } = await import(path.join(ROOT, 'dist/rules/index.js'))
  const { loadConfig } = await import(path.join(ROOT, 'dist/src/config/config-set.js'))
  const { unified } = await import('unified')
  const retextEquality = (await import('retext-equality')).default
  const { VFile } = await import('vfile')
  const config = await loadConfig({ config: { extends: ['postlint:recommended'] } })
  const texts = files.map((file) => [file, fs.readFileSync(file)])
  const linter = new Linter({ rules: builtinRules })
  const { TextMemo } = await import(path.join(ROOT, 'dist/src/linter/text-memo.js'))
  const time = (fn, runs = RUNS) => {
    const samples = []
    for (let i = 0; i < runs; i++) {
      // Each run as the first over these postings: what postlint keeps by text from the runs before is let go.
      TextMemo.forgetAll()
      const start = performance.now()
      fn()
      samples.push(performance.now() - start)
    }
    return median(samples) / files.length
  }
  const base = config.forFile('x.md')
  const verifyAll = (config, runs) => time(() => {
    for (const [file, bytes] of texts) linter.verify(bytes, config, file)
  }, runs)
  // Warmed up first: measured cold, parsing read slower than parsing and a rule together.
  verifyAll(base, 1)
  const parseOnly = time(() => {
    for (const [file, bytes] of texts) linter.parse(bytes, file)
  })
  // A rule's cost is measured against a lint with no rule enabled (parsing and the walk over the trees), the
  // same work but the rule's.
  const noRules = { rules: {}, settings: base.settings }
  const bare = verifyAll(noRules)
  // Each rule against a lint with no rule run just before it, in pairs, the median of the differences: one
  // run of each drifted with the machine by more than the cheaper rules cost.
  const costs = {}
  for (const id of Object.keys(base.rules).sort()) {
    const differences = []
    for (let pair = 0; pair < RULE_PAIRS; pair++) {
      const without = verifyAll(noRules, 1)
      differences.push(verifyAll({ rules: { [id]: base.rules[id] }, settings: base.settings }, 1) - without)
    }
    costs[id] = Math.max(0, median(differences))
  }
  const all = verifyAll(base)
  // retext-equality's own plugin over the same natural-language trees postlint builds.
  const transform = unified().use(retextEquality).freeze()
  const trees = texts.map(([file, bytes]) => linter.parse(bytes, file)).filter((parsed) => parsed.sourceCode).map((parsed) => parsed.sourceCode)
  const plugin = time(() => {
    for (const sourceCode of trees) transform.runSync(structuredClone(sourceCode.nlcst), new VFile(sourceCode.text))
  }) - time(() => {
    for (const sourceCode of trees) structuredClone(sourceCode.nlcst)
  })
  return { sample: files.length, parseOnly, bare, costs, all, plugin: Math.max(0, plugin) }
}

/** A companion script's figures (the JSON on its last line of output), when the script exists. */
function optionalScript(name) {
  const script = path.join(ROOT, 'bench', name)
  if (!fs.existsSync(script)) return null
  const result = spawnSync(process.execPath, [script], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 })
  const last = result.stdout.trim().split('\n').at(-1) ?? ''
  try {
    return JSON.parse(last)
  } catch {
    console.error(`bench: ${name} gave no figures (exit ${result.status}): ${result.stderr.slice(0, 300)}`)
    return null
  }
}

/**
 * Cost against size: one process, the recommended preset, a 10 KB and a 1 MB
 * posting, both the start of one text made of the corpus's Markdown
 * postings one after the other (front matter left out). Not one posting
 * repeated: postlint keeps what it read from a sentence for the next time
 * the sentence comes, and a text repeated a hundred times would cost less
 * than its length says. What it keeps is let go before each run.
 */
async function linearity(corpus) {
  const { Linter } = await import(path.join(ROOT, 'dist/src/linter/linter.js'))
  const { builtinRules } = await import(path.join(ROOT, 'dist/rules/index.js'))
  const { loadConfig } = await import(path.join(ROOT, 'dist/src/config/config-set.js'))
  const { TextMemo } = await import(path.join(ROOT, 'dist/src/linter/text-memo.js'))
  const config = (await loadConfig({ config: { extends: ['postlint:recommended'] } })).forFile('x.md')
  const linter = new Linter({ rules: builtinRules })
  const seed = fs.readFileSync(path.join(ROOT, 'fixtures/examples/senior-data-engineer.md'), 'utf8')
  let whole = seed
  for (const file of corpus) {
    if (whole.length >= 1_000_000) break
    if (file.endsWith('.md')) whole += `\n\n${fs.readFileSync(file, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')}`
  }
  if (whole.length < 1_000_000) throw new Error('bench: the corpus holds less than 1 MB of Markdown')
  const small = whole.slice(0, 10_000)
  const large = whole.slice(0, 1_000_000)
  const time = (text, runs) => {
    const samples = []
    for (let i = 0; i < runs; i++) {
      TextMemo.forgetAll()
      const start = performance.now()
      linter.verify(text, config, 'posting.md')
      samples.push(performance.now() - start)
    }
    return median(samples) / 1000
  }
  time(small, 5) // warm up
  const smallSeconds = time(small, 21)
  const largeSeconds = time(large, RUNS)
  return { small: smallSeconds, large: largeSeconds, ratio: largeSeconds / smallSeconds }
}

async function main() {
  const files = corpusFiles()
  const bytes = bytesOf(files)
  const node = process.version
  const cores = os.availableParallelism()
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  console.log(`postlint benchmark — ${new Date().toISOString().slice(0, 10)}, ${cores} cores (${cpu}), Node ${node}`)
  console.log(`corpus: ${files.length} postings, ${(bytes / 1e6).toFixed(1)} MB`)

  // In turns, so that a slow spell of the machine falls on all three rather than on one of them.
  const corpusRuns = { single: [], alex: [], auto: [] }
  for (let i = 0; i < RUNS; i++) {
    corpusRuns.single.push(postlintRun([CORPUS]))
    corpusRuns.alex.push(alexRun(files))
    corpusRuns.auto.push(postlintRun(['--concurrency', 'auto', CORPUS]))
  }
  const single = summary(corpusRuns.single)
  const alex = summary(corpusRuns.alex)
  const auto = summary(corpusRuns.auto)
  console.log(`postlint: ${single.seconds.toFixed(2)} s, alex: ${alex.seconds.toFixed(2)} s`)

  const scaleDir = makeScaleSet(files, SCALE)
  const scaleBytes = bytesOf(HALVES.flatMap((half) => fs.readdirSync(path.join(scaleDir, half)).map((name) => path.join(scaleDir, half, name))))
  const scaleRuns = { single: [], auto: [] }
  for (let i = 0; i < SCALE_RUNS; i++) {
    scaleRuns.single.push(postlintRun(['.'], scaleDir))
    scaleRuns.auto.push(postlintRun(['--concurrency', 'auto', '.'], scaleDir))
  }
  const scaleSingle = fastest(scaleRuns.single)
  const scaleAuto = fastest(scaleRuns.auto)
  const scalePair = await sideBySide(scaleDir)
  fs.rmSync(scaleDir, { recursive: true, force: true })
  console.log(`scale set (${SCALE}): single ${scaleSingle.seconds.toFixed(1)} s, auto ${scaleAuto.seconds.toFixed(1)} s`)

  // Cold start: `postlint one-posting.md` exactly as a user types it, in a folder with no configuration.
  const one = files.find((file) => file.endsWith('pages_positions_strategist.md')) ?? files[0]
  const coldDir = fs.mkdtempSync(path.join(os.tmpdir(), 'postlint-cold-'))
  fs.copyFileSync(one, path.join(coldDir, 'one-posting.md'))
  const coldRun = (env) => {
    const run = measure(process.execPath, [BIN, 'one-posting.md'], { cwd: coldDir, env })
    if (run.status !== 0 && run.status !== 1) throw new Error(`postlint exited ${run.status}: ${run.stderr.slice(0, 400)}`)
    return run
  }
  const coldRuns = QUICK ? 3 : 9
  const coldPostlint = repeat(coldRuns, () => coldRun(process.env))
  const coldAlex = repeat(QUICK ? 3 : 5, () => measure(ALEX, ['--quiet', 'one-posting.md'], { cwd: coldDir }))
  // What Node itself takes to start and stop here, and, where the environment names extra CA certificates
  // (which Node reads as every process starts, before any script runs), both again without them.
  const nodeAlone = (env) => repeat(coldRuns, () => measure(process.execPath, ['-e', '0'], { cwd: coldDir, env }))
  const coldNode = nodeAlone(process.env)
  let withoutExtraCerts = null
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const env = { ...process.env }
    delete env.NODE_EXTRA_CA_CERTS
    withoutExtraCerts = { postlint: repeat(coldRuns, () => coldRun(env)).seconds, node: nodeAlone(env).seconds }
  }
  fs.rmSync(coldDir, { recursive: true, force: true })
  const lsp = optionalScript('lsp-latency.mjs')
  const linear = await linearity(files)
  const rules = await ruleCosts(files)

  const rate = (n, s) => n / s
  const report = {
    date: new Date().toISOString().slice(0, 10),
    machine: `${cores} cores, ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${node}, ${os.type()} ${os.release()}`,
    corpus: { files: files.length, mb: bytes / 1e6 },
    postlint: { seconds: single.seconds, postingsPerSecond: rate(files.length, single.seconds), mbPerSecond: bytes / 1e6 / single.seconds, rss: single.rss },
    postlintAuto: { seconds: auto.seconds, postingsPerSecond: rate(files.length, auto.seconds), rss: auto.rss },
    alex: { seconds: alex.seconds, postingsPerSecond: rate(files.length, alex.seconds), mbPerSecond: bytes / 1e6 / alex.seconds, rss: alex.rss },
    ratio: alex.seconds / single.seconds,
    scale: {
      files: SCALE,
      mb: scaleBytes / 1e6,
      single: { seconds: scaleSingle.seconds, postingsPerSecond: rate(SCALE, scaleSingle.seconds), rss: scaleSingle.rss, cores: scaleSingle.cores, runs: scaleSingle.samples.map((run) => run.seconds) },
      auto: { seconds: scaleAuto.seconds, postingsPerSecond: rate(SCALE, scaleAuto.seconds), rss: scaleAuto.rss, cores: scaleAuto.cores, runs: scaleAuto.samples.map((run) => run.seconds) },
      speedup: scaleSingle.seconds / scaleAuto.seconds,
      halves: scalePair,
      halvesSpeedup: scaleSingle.seconds / scalePair,
    },
    coldStart: { postlint: coldPostlint.seconds, alex: coldAlex.seconds, node: coldNode.seconds, samples: coldPostlint.samples.map((s) => s.seconds), withoutExtraCerts },
    lsp,
    linear,
    rules,
  }
  fs.writeFileSync(path.join(ROOT, 'BENCHMARKS.md'), render(report))
  console.log(render(report))
}

function lspLines(lsp) {
  if (!lsp) return ['## Language server', '', 'Not measured: `bench/lsp-latency.mjs` is not there or gave no figures.']
  const row = (name, figures) => `| ${name} | ${figures.p50.toFixed(1)} ms | ${figures.p95.toFixed(1)} ms |`
  return [
    '## Language server: from a change to its diagnostics',
    '',
    'Measured by `bench/lsp-latency.mjs` over stdio, debounce set to 0, many edits each:',
    '',
    '| Posting | p50 | p95 |',
    '| --- | --- | --- |',
    row('5 KB', lsp.small),
    row('200 KB', lsp.large),
    '',
    `Target: p95 under 50 ms for the 5 KB posting (measured: ${lsp.small.p95.toFixed(1)} ms).`,
  ]
}

function render(r) {
  const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` (\`bench/bench.mjs\`) on ${r.date}: ${r.machine}. postlint runs the recommended preset (\`--no-config\`, JSON output to a file); alex 11 runs in the same benchmark over the same files (Markdown and HTML in two processes, times added). Wall times are medians of several runs (over the corpus, postlint's and alex's runs made in turns; over the scale set, the fastest of runs made in turns); peak RSS is the process's maximum resident set (GNU time; for \`--concurrency auto\`, that of the node the command starts again under \`--single-threaded-gc\` to lint on threads, the first one waiting beside it with about 45 MB). The machine is shared, so compare figures of one run with each other rather than with another run's. postlint keeps what a sentence's or a paragraph's text alone says from one posting to the next, in memories that hold a few thousand texts, far fewer than one round of the corpus has: the 20,000-file set, the corpus over and over, is not sped up by its repeats.`,
    '',
    `## Real postings: the corpus (${r.corpus.files} files, ${r.corpus.mb.toFixed(1)} MB)`,
    '',
    '| | Wall | Postings/s | MB/s | Peak RSS |',
    '| --- | --- | --- | --- | --- |',
    `| postlint, one thread | ${r.postlint.seconds.toFixed(2)} s | ${r.postlint.postingsPerSecond.toFixed(0)} | ${r.postlint.mbPerSecond.toFixed(2)} | ${r.postlint.rss.toFixed(0)} MB |`,
    `| postlint, \`--concurrency auto\` | ${r.postlintAuto.seconds.toFixed(2)} s | ${r.postlintAuto.postingsPerSecond.toFixed(0)} | ${(r.corpus.mb / r.postlintAuto.seconds).toFixed(2)} | ${r.postlintAuto.rss.toFixed(0)} MB |`,
    `| alex 11 | ${r.alex.seconds.toFixed(2)} s | ${r.alex.postingsPerSecond.toFixed(0)} | ${r.alex.mbPerSecond.toFixed(2)} | ${r.alex.rss.toFixed(0)} MB |`,
    '',
    `postlint, one thread, is **${r.ratio.toFixed(1)}×** alex's rate (target: 10×).`,
    '',
    `## Scale: the corpus repeated to ${r.scale.files} files (${r.scale.mb.toFixed(0)} MB)`,
    '',
    '| | Wall | Postings/s | Peak RSS |',
    '| --- | --- | --- | --- |',
    `| one thread | ${r.scale.single.seconds.toFixed(1)} s | ${r.scale.single.postingsPerSecond.toFixed(0)} | ${r.scale.single.rss.toFixed(0)} MB |`,
    `| \`--concurrency auto\` | ${r.scale.auto.seconds.toFixed(1)} s | ${r.scale.auto.postingsPerSecond.toFixed(0)} | ${r.scale.auto.rss.toFixed(0)} MB |`,
    '',
    `\`--concurrency auto\` is **${r.scale.speedup.toFixed(2)}×** one thread (target: 1.7×). Peak RSS target: under 300 MB.`,
    '',
    r.scale.single.runs.length > 1
      ? `Each was run ${r.scale.single.runs.length} times, one thread and auto in turns, and the ${r.scale.single.runs.length === 2 ? 'faster' : 'fastest'} run is shown (a run of minutes on a shared machine is easily slowed by its neighbours): one thread ${r.scale.single.runs.map((seconds) => `${seconds.toFixed(1)} s`).join(', ')}; auto ${r.scale.auto.runs.map((seconds) => `${seconds.toFixed(1)} s`).join(', ')}. Peak RSS is the highest of the runs.`
      : 'Each was run once.',
    '',
    `Cores kept busy (CPU time over wall time): ${r.scale.single.cores.toFixed(2)} by one thread (V8 collects garbage and compiles on threads of its own besides), ${r.scale.auto.cores.toFixed(2)} by \`--concurrency auto\` (its node collects each thread's garbage on that thread alone, so that V8's helpers do not take turns from the linting threads). For comparison, the set's two halves linted side by side in two separate one-thread processes under the same flag took ${r.scale.halves.toFixed(1)} s, **${r.scale.halvesSpeedup.toFixed(2)}×** one thread over the whole set.`,
    '',
    '## Cold start: one posting, whole process',
    '',
    `postlint: median **${ms(r.coldStart.postlint)}** (target: under 250 ms; runs: ${r.coldStart.samples.map(ms).join(', ')}). alex: ${ms(r.coldStart.alex)}. Node alone (\`node -e 0\`): ${ms(r.coldStart.node)}.`,
    ...(r.coldStart.withoutExtraCerts
      ? ['', `This machine's environment sets NODE_EXTRA_CA_CERTS, so every Node process reads those certificates as it starts, before any of its code runs. Without it: postlint ${ms(r.coldStart.withoutExtraCerts.postlint)}, Node alone ${ms(r.coldStart.withoutExtraCerts.node)}.`]
      : []),
    '',
    '## Cost against input size',
    '',
    `In one process (start-up left out), the recommended preset takes ${(r.linear.small * 1000).toFixed(1)} ms on a 10 KB posting and ${ms(r.linear.large)} on a 1 MB posting that starts with it (the corpus's Markdown postings one after the other): the 1 MB posting costs **${r.linear.ratio.toFixed(0)}×** the 10 KB one (linear: about 100×).`,
    '',
    '## Per posting, in one process',
    '',
    `On every fourth posting of the corpus (${r.rules.sample}), each run as if it were the first over them (what postlint keeps by text from one posting to the next, its readings of statements, places, pay, languages, link phrases, age patterns, artifacts and word gates, is let go before each), parsing a posting (every format, natural-language tree included) takes ${(r.rules.parseOnly).toFixed(2)} ms; a lint with no rule enabled (parsing and the walk over the trees) ${(r.rules.bare).toFixed(2)} ms; the whole recommended preset ${(r.rules.all).toFixed(2)} ms. Each rule alone, beyond a lint with no rule enabled (the median of ${RULE_PAIRS} differences, each against such a lint run just before; facts it shares with others are counted in each rule that needs them):`,
    '',
    '| Rule | ms per posting |',
    '| --- | --- |',
    ...Object.entries(r.rules.costs).map(([id, cost]) => `| ${id} | ${cost.toFixed(2)} |`),
    '',
    `retext-equality run as a plugin on the same natural-language trees: **${r.rules.plugin.toFixed(2)} ms** per posting; postlint's \`inclusive-language\`, which enforces every retext-equality pattern in its shared single pass: **${(r.rules.costs['inclusive-language'] ?? NaN).toFixed(2)} ms**.`,
    '',
    ...lspLines(r.lsp),
    '',
  ]
  return lines.join('\n')
}

await main()
