/**
 * Masculine- and feminine-coded words, for `gender-coded-language`.
 *
 * Source: Gaucher, D., Friesen, J., & Kay, A. C. (2011). Evidence that
 * gendered wording in job advertisements exists and sustains gender
 * inequality. Journal of Personality and Social Psychology, 101(1), 109–128,
 * https://doi.org/10.1037/a0022530 — the appendix lists of masculine and
 * feminine words (after Bem 1974 and Hoffman & Hurst 1990), kept here as
 * published: `stem` is the entry, `*` marking a stem.
 *
 * postlint matches whole words in one pass, so each stem is written out as
 * the English words it reaches (`forms`; a test checks that each one passes
 * the stem's prefix test, the `*` taken off). Some words pass the prefix
 * test but mean something else in a job posting: they are listed under
 * `excluded`, with why, and not counted ("competencies" is a skill
 * framework, not competition; "committee" is not commitment; "analyst"
 * and "responsibilities" name the job). Hyphenated entries are matched as
 * their words ("self-reliant" = "self reliant"); "co-operat*", the Canadian
 * and British spelling of "cooperat*", is counted with it.
 */

export type Coding = 'masculine' | 'feminine'

export interface CodedStem {
  /** The entry as published: "compet*" (a stem) or "active" (a word). */
  stem: string
  /** The words counted for it. */
  forms: readonly string[]
  /** Words the stem reaches that postings use in another sense, not counted. */
  excluded?: { forms: readonly string[]; why: string }
}

const JOB_WORDS = 'names the work or the job itself, not a trait'

export const MASCULINE_CODED: readonly CodedStem[] = [
  { stem: 'active', forms: ['active'] },
  { stem: 'adventurous', forms: ['adventurous'] },
  { stem: 'aggress*', forms: ['aggressive', 'aggressively', 'aggressiveness', 'aggression', 'aggressor'] },
  { stem: 'ambitio*', forms: ['ambition', 'ambitions', 'ambitious', 'ambitiously'] },
  {
    stem: 'analy*',
    forms: ['analytical', 'analytically', 'analytic'],
    excluded: { forms: ['analyst', 'analysts', 'analysis', 'analyses', 'analytics', 'analyze', 'analyzes', 'analyzed', 'analyzing', 'analyse', 'analysed', 'analysing'], why: JOB_WORDS },
  },
  { stem: 'assert*', forms: ['assert', 'asserts', 'asserted', 'asserting', 'assertive', 'assertively', 'assertiveness'], excluded: { forms: ['assertion', 'assertions'], why: 'a statement checked by a test' } },
  { stem: 'athlet*', forms: ['athlete', 'athletes', 'athletic', 'athleticism'] },
  { stem: 'autonom*', forms: ['autonomy', 'autonomous', 'autonomously'] },
  { stem: 'boast*', forms: ['boast', 'boasts', 'boasted', 'boasting', 'boastful'] },
  { stem: 'challeng*', forms: ['challenge', 'challenges', 'challenged', 'challenging', 'challenger', 'challengers'] },
  {
    stem: 'compet*',
    forms: ['compete', 'competes', 'competed', 'competing', 'competition', 'competitions', 'competitive', 'competitively', 'competitiveness', 'competitor', 'competitors'],
    excluded: { forms: ['competent', 'competence', 'competences', 'competency', 'competencies'], why: 'skill, not competition' },
  },
  { stem: 'confident', forms: ['confident'] },
  { stem: 'courag*', forms: ['courage', 'courageous', 'courageously'] },
  { stem: 'decide', forms: ['decide'] },
  { stem: 'decisive', forms: ['decisive'] },
  { stem: 'decision*', forms: ['decision', 'decisions'] },
  {
    stem: 'determin*',
    forms: ['determined'],
    excluded: { forms: ['determine', 'determines', 'determining', 'determination', 'determinations'], why: 'a procedure ("pay will be determined", "eligibility determination"), not resolve' },
  },
  { stem: 'dominant', forms: ['dominant'] },
  { stem: 'domina*', forms: ['dominate', 'dominates', 'dominated', 'dominating', 'domination', 'dominance'] },
  { stem: 'force*', forms: ['force', 'forces', 'forced', 'forceful', 'forcefully'] },
  { stem: 'greedy', forms: ['greedy'] },
  { stem: 'headstrong', forms: ['headstrong'] },
  { stem: 'hierarch*', forms: ['hierarchy', 'hierarchies', 'hierarchical', 'hierarchically'] },
  { stem: 'hostil*', forms: ['hostile', 'hostility'] },
  { stem: 'impulsive', forms: ['impulsive'] },
  { stem: 'independen*', forms: ['independent', 'independently', 'independence'] },
  {
    stem: 'individual*',
    forms: ['individualistic', 'individualism', 'individuality'],
    excluded: { forms: ['individual', 'individuals', 'individually'], why: 'a person ("qualified individuals"), not individualism' },
  },
  { stem: 'intellect*', forms: ['intellect', 'intellectual', 'intellectually'] },
  { stem: 'lead*', forms: ['lead', 'leads', 'leading', 'leader', 'leaders', 'leadership'] },
  { stem: 'logic', forms: ['logic'] },
  { stem: 'masculine', forms: ['masculine'] },
  { stem: 'objective', forms: ['objective'] },
  { stem: 'opinion', forms: ['opinion'] },
  { stem: 'outspoken', forms: ['outspoken'] },
  { stem: 'persist', forms: ['persist'] },
  { stem: 'principle*', forms: ['principled'], excluded: { forms: ['principle', 'principles'], why: 'rules of a craft ("design principles"), not a trait' } },
  { stem: 'reckless', forms: ['reckless'] },
  { stem: 'stubborn', forms: ['stubborn'] },
  { stem: 'superior', forms: ['superior'] },
  { stem: 'self-confiden*', forms: ['self-confident', 'self-confidence'] },
  { stem: 'self-relian*', forms: ['self-reliant', 'self-reliance'] },
  { stem: 'self-sufficien*', forms: ['self-sufficient', 'self-sufficiency'] },
]

export const FEMININE_CODED: readonly CodedStem[] = [
  { stem: 'affectionate', forms: ['affectionate'] },
  { stem: 'child*', forms: ['child', 'children', 'childhood', 'childcare', "child's", "children's"] },
  { stem: 'cheer*', forms: ['cheer', 'cheers', 'cheerful', 'cheerfully', 'cheering', 'cheerleader'] },
  {
    stem: 'commit*',
    forms: ['commit', 'committed', 'committing', 'commitment', 'commitments'],
    excluded: { forms: ['committee', 'committees', 'commits'], why: 'a body of people, or changes in version control' },
  },
  { stem: 'communal', forms: ['communal'] },
  { stem: 'compassion*', forms: ['compassion', 'compassionate', 'compassionately'] },
  {
    stem: 'connect*',
    forms: ['connect', 'connects', 'connected', 'connecting', 'connection', 'connections'],
    excluded: { forms: ['connectivity', 'connector', 'connectors'], why: 'networks and software' },
  },
  { stem: 'considerate', forms: ['considerate'] },
  { stem: 'cooperat*', forms: ['cooperate', 'cooperates', 'cooperating', 'cooperation', 'cooperative', 'cooperatively', 'co-operate', 'co-operation', 'co-operative', 'co-operatively'] },
  {
    stem: 'depend*',
    forms: ['dependable', 'dependability'],
    excluded: { forms: ['depend', 'depends', 'depending', 'dependent', 'dependents', 'dependency', 'dependencies', 'dependence'], why: '"depending on experience", software dependencies, a family member covered by benefits' },
  },
  { stem: 'emotiona*', forms: ['emotional', 'emotionally'] },
  { stem: 'empath*', forms: ['empathy', 'empathetic', 'empathic', 'empathize', 'empathise', 'empathizing', 'empathising'] },
  { stem: 'feminine', forms: ['feminine'] },
  { stem: 'flatterable', forms: ['flatterable'] },
  { stem: 'gentle', forms: ['gentle'] },
  { stem: 'honest', forms: ['honest'] },
  { stem: 'interpersonal', forms: ['interpersonal'] },
  { stem: 'interdependen*', forms: ['interdependent', 'interdependence'], excluded: { forms: ['interdependencies', 'interdependency'], why: 'links between projects or systems' } },
  { stem: 'interpersona*', forms: ['interpersonally'] },
  { stem: 'kind', forms: ['kind'] },
  { stem: 'kinship', forms: ['kinship'] },
  { stem: 'loyal*', forms: ['loyal', 'loyalty'] },
  { stem: 'modesty', forms: ['modesty'] },
  { stem: 'nag', forms: ['nag'] },
  { stem: 'nurtur*', forms: ['nurture', 'nurtures', 'nurtured', 'nurturing'] },
  { stem: 'pleasant*', forms: ['pleasant', 'pleasantly'] },
  { stem: 'polite', forms: ['polite'] },
  { stem: 'quiet*', forms: ['quiet', 'quietly'] },
  {
    stem: 'respon*',
    forms: ['responsive', 'responsiveness'],
    excluded: { forms: ['responsible', 'responsibly', 'responsibility', 'responsibilities', 'respond', 'responds', 'responding', 'response', 'responses'], why: JOB_WORDS },
  },
  { stem: 'sensitiv*', forms: ['sensitive', 'sensitivity', 'sensitivities', 'sensitively'] },
  { stem: 'submissive', forms: ['submissive'] },
  { stem: 'support*', forms: ['support', 'supports', 'supported', 'supporting', 'supportive', 'supporter', 'supporters'] },
  { stem: 'sympath*', forms: ['sympathy', 'sympathetic', 'sympathize', 'sympathise'] },
  { stem: 'tender*', forms: ['tenderness', 'tenderly'], excluded: { forms: ['tender', 'tenders', 'tendering'], why: 'procurement ("a call for tenders")' } },
  { stem: 'together*', forms: ['together', 'togetherness'] },
  { stem: 'trust*', forms: ['trust', 'trusted', 'trusting', 'trustworthy', 'trustworthiness'], excluded: { forms: ['trustee', 'trustees', 'trusts'], why: 'boards and legal entities' } },
  { stem: 'understand*', forms: ['understand', 'understands', 'understanding'] },
  { stem: 'warm*', forms: ['warm', 'warmly', 'warmth'] },
  { stem: 'whin*', forms: ['whine', 'whiny', 'whining'] },
  { stem: 'yield*', forms: ['yielding'], excluded: { forms: ['yield', 'yields', 'yielded'], why: 'output or return ("yields results"), not giving way' } },
]

/**
 * Neighbours that show a word in another sense, by word. `before`: not
 * counted when the previous word is one of these; `after`: when the next
 * word is; `notAfterBe`: not counted after a form of "be" (a passive:
 * "will be determined").
 */
export interface CodedSense {
  before?: readonly string[]
  after?: readonly string[]
  notAfterBe?: boolean
}

const SUPPORT_DESK_BEFORE = ['quality', 'tech', 'technical', 'it', 'customer', 'customers', 'product', 'production', 'user', 'desk', 'help', 'application', 'applications', 'infrastructure', 'operations', 'client', 'tier', 'level', 'email', 'phone', 'chat', 'vendor', 'call', '24', '7', 'desktop', 'helpdesk', 'field', 'system', 'systems', 'platform', 'member']
const SUPPORT_DESK_AFTER = ['engineer', 'engineers', 'developer', 'developers', 'ticket', 'tickets', 'desk', 'team', 'teams', 'staff', 'specialist', 'specialists', 'analyst', 'analysts', 'role', 'roles', 'services', 'service', 'contract', 'contracts', 'queue', 'queues', 'case', 'cases', 'channel', 'channels', 'rotation', 'rotations', 'tools', 'portal', 'agent', 'agents', 'representative', 'representatives', 'center', 'centre', 'hours', 'request', 'requests', 'escalations', 'function', 'functions', 'technician', 'technicians', 'documentation', 'articles', 'site', 'model']

export const CODED_SENSES: Readonly<Record<string, CodedSense>> = {
  active: { after: ['clearance', 'duty', 'directory', 'security', 'secret', 'top', 'license', 'licence', 'status', 'member', 'members', 'membership', 'account', 'accounts', 'users', 'record', 'records', 'registration', 'service', 'reserve', 'military', 'passport', 'certification', 'credential', 'credentials', 'subscription', 'job', 'jobs', 'posting', 'postings', 'case', 'cases', 'investigation', 'investigations', 'federal'] },
  autonomous: { after: ['vehicle', 'vehicles', 'system', 'systems', 'driving', 'cars', 'robots', 'robotics', 'agents', 'weapons'] },
  // "Competitive service" and "competitive status" are US federal hiring terms; "non-competitive" is a hiring authority.
  competitive: { after: ['service', 'status', 'hiring', 'examining', 'appointment', 'appointments', 'procedures', 'area', 'areas', 'level', 'selection', 'process'], before: ['non'] },
  competitively: { before: ['non'] },
  competition: { after: ['law', 'bureau', 'act', 'policy', 'number', 'notice'] },
  determined: { notAfterBe: true, after: ['by', 'upon', 'based', 'on', 'at', 'through', 'using', 'according', 'after', 'in', 'for', 'from', 'eligible', 'ineligible', 'qualified', 'that'] },
  force: { before: ['air', 'task', 'labor', 'labour', 'work', 'space', 'police', 'armed', 'military', 'sales', 'driving', 'marine', 'special', 'security', 'defence', 'defense', 'canadian', 'royal', 'brute', 'g'], after: ['multiplier', 'multipliers', 'majeure', 'protection', 'field'] },
  forces: { before: ['air', 'armed', 'task', 'labor', 'labour', 'market', 'military', 'canadian', 'special', 'security', 'defence', 'defense'] },
  greedy: { after: ['algorithm', 'algorithms', 'approach', 'search'] },
  independent: { after: ['contractor', 'contractors', 'agency', 'agencies', 'variable', 'variables', 'review', 'verification', 'study', 'studies', 'auditor', 'auditors', 'audit', 'evaluation', 'establishment', 'establishments', 'living'] },
  intellectual: { after: ['property', 'disability', 'disabilities'] },
  // Lead the metal, and sales leads.
  lead: { after: ['paint', 'pipe', 'pipes', 'poisoning', 'based', 'abatement', 'exposure', 'service', 'line', 'lines', 'free', 'contamination', 'levels', 'testing', 'acid', 'generation', 'gen', 'list', 'lists', 'magnet', 'magnets', 'scoring', 'nurturing', 'time', 'times', 'agency'], before: ['sales', 'qualified', 'marketing', 'inbound', 'outbound'] },
  leads: { before: ['sales', 'qualified', 'marketing', 'inbound', 'outbound', 'new', 'generate', 'generating', 'nurture', 'nurturing'] },
  logic: { before: ['business', 'application', 'domain', 'programming', 'boolean', 'fuzzy', 'digital', 'ladder', 'game', 'control', 'backend', 'server', 'client', 'side', 'formal'] },
  objective: { before: ['the', 'an', 'our', 'this', 'that', 'main', 'primary', 'key', 'strategic', 'business', 'program', 'programme', 'project', 'overall', 'learning', 'its', 'their', 'your', 'core', 'ultimate', 'one'], after: ['of', 'is', 'was', 'will', '1', '2', '3', '4', '5', '6', 'one', 'two', 'three', 'four'] },
  superior: { before: ['your', 'his', 'her', 'their', 'a', 'immediate', 'direct'], after: ['court', 'officer', 'officers'] },
  child: { after: ['support'] },
  commit: { after: ['code', 'changes', 'history', 'messages', 'message', 'access', 'hooks', 'rights', 'log', 'logs'], before: ['git', 'code', 'merge', 'initial', 'a', 'each', 'every', 'the', 'per'] },
  connect: { after: ['api', 'apis', 'sdk', 'protocol'] },
  connection: { before: ['database', 'network', 'internet', 'vpn', 'ssh', 'tcp', 'http', 'wifi', 'wi', 'broadband', 'stable', 'reliable', 'high', 'speed', 'secure'], after: ['pool', 'pools', 'string', 'strings', 'speed'] },
  connections: { before: ['database', 'network', 'internet', 'vpn', 'ssh', 'tcp', 'concurrent'] },
  kind: { before: ['in', 'this', 'that', 'what', 'any', 'every', 'some', 'same', 'first', 'second', 'other', 'which', 'all', 'its', 'one'], after: ['of'] },
  loyalty: { before: ['customer', 'customers', 'brand'], after: ['program', 'programs', 'programme', 'programmes', 'card', 'cards', 'points', 'rewards', 'scheme', 'schemes', 'platform', 'app'] },
  sensitive: {
    before: ['time', 'security', 'privacy', 'latency', 'context', 'case', 'national', 'non', 'highly', 'politically', 'commercially', 'market', 'price', 'mission', 'safety', 'noise', 'critical', 'noncritical', 'special'],
    after: ['organizational', 'organisational', 'corporate', 'client', 'customer', 'financial', 'health', 'medical', 'legal', 'business', 'government', 'partner', 'data', 'information', 'info', 'material', 'materials', 'documents', 'document', 'personal', 'compartmented', 'but', 'security', 'positions', 'position', 'systems', 'system', 'records', 'files', 'content', 'matters', 'issues', 'cases', 'equipment', 'areas', 'sites', 'programs', 'negotiations', 'topics'],
  },
  sensitivity: { before: ['position', 'security', 'price', 'latency', 'data', 'high', 'cost'], after: ['level', 'levels', 'designation', 'analysis', 'analyses'] },
  support: { before: SUPPORT_DESK_BEFORE, after: SUPPORT_DESK_AFTER },
  supports: { before: ['api', 'system', 'tool', 'platform', 'framework', 'application', 'it'] },
  supported: { before: ['officially', 'fully', 'api', 'browsers'], after: ['browsers', 'platforms', 'languages', 'versions', 'devices', 'by', 'client', 'clients', 'environments', 'systems', 'products', 'services'] },
  trust: { before: ['zero', 'public', 'deed', 'charitable'], after: ['clearance', 'level', 'position', 'positions', 'investigation', 'background', 'and', 'fund', 'funds', 'account', 'accounts', 'store', 'boundary', 'boundaries'] },
  trusted: { after: ['platform', 'platforms', 'computing', 'execution', 'traveler', 'workforce', 'agent', 'certificate', 'certificates', 'root', 'network', 'networks', 'source', 'sources'] },
  understanding: { after: ['of'] },
  warm: { after: ['up', 'start', 'standby', 'site', 'sites', 'leads', 'handoff', 'handoffs', 'transfer', 'transfers', 'intro', 'introductions'] },
  quiet: { after: ['period', 'periods', 'hours', 'room', 'rooms', 'zone', 'zones', 'space', 'spaces', 'car', 'mode'] },
  together: { before: ['put', 'putting', 'puts', 'pulled', 'pull', 'pulling', 'piece', 'piecing', 'tie', 'ties', 'tying', 'stitch', 'stitching'] },
}

/**
 * Names written in capitals whose words are not counted: the US Senior
 * Executive Service's Executive Core Qualifications ("Leading Change",
 * "Leading People", set by OPM), products and institutions.
 */
export const CODED_NAMES: readonly string[] = ['Leading Change', 'Leading People', 'Active Directory', 'Air Force', 'Space Force', 'Independent Agency', 'Public Trust', 'Trust and Safety', 'Competition Bureau']
