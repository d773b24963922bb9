import { RuleTester } from '../../src/rule-tester.js'
import rule from '../../rules/gender-neutral-title.js'

const US = { jurisdictions: ['US'], asOf: '2026-11-27' }
const GB = { jurisdictions: ['GB'], asOf: '2026-11-27' }

new RuleTester().run('gender-neutral-title', rule, {
  valid: [
    '# Sales Representative\n\nWe are hiring a salesperson for our Denver store.',
    '# Server\n\nJoin our front-of-house team.',
    '# Flight Attendant\n\nCabin crew for regional routes.',
    // Both forms, or a marker that names every gender.
    '# Waiter/Waitress\n\nEvening shifts.',
    '# Waiter or Waitress\n\nEvening shifts.',
    '# Salesman / Saleswoman\n\nField sales.',
    '# Sales Manager (m/f/d)\n\nBerlin office.',
    '# Barman (m/w/d)\n\nMunich.',
    // Gendered words in the body are inclusive-language's, not this rule's.
    '# Site Supervisor\n\nYou will work with the foreman of each crew and report to the chairman of the board.',
    'We need a salesman who can close deals.',
    // Someone else's post.
    '# Executive Assistant to the Chairman\n\nSupport the chair of our board.',
    '# Message from our Chairman\n\nWelcome.',
    // Data stewards and hosts are not gendered titles.
    '# Data Steward\n\nOwn our data catalogue.',
    '# Web Host Administrator\n\nRun our servers.',
    // A heading that is a sentence is prose.
    '## We once hired a salesman who sold ice to penguins, and now we want more people like him.',
    // Front matter and HTML titles with neutral titles.
    { code: '---\ntitle: Police Officer\n---\n\nPatrol duties.', settings: US },
    { code: '<html><head><title>Firefighter | City of Springfield</title></head><body><main><h1>Firefighter</h1><p>Shift work.</p></main></body></html>', filename: 'p.html' },
    // French: both forms, abbreviated doublets, epicene nouns, complements.
    '---\ntitle: Concepteur ou conceptrice de contenu\n---\n\nNous recherchons une personne qui écrit pour le Web.',
    '---\ntitle: Développeur-développeuse principal.e de la sécurité des applications\n---\n\nNous recherchons une personne passionnée par la sécurité.',
    '---\ntitle: Conseiller(ère) principal(e) en politique\n---\n\nVous travaillerez avec nous et avec les équipes du gouvernement.',
    '---\ntitle: Adjoint (e) de direction\n---\n\nVous travaillerez avec la direction et les équipes du SNC.',
    '---\ntitle: Coordonnateur/Coordonnatrice des opérations du personnel\n---\n\nVous soutiendrez les équipes et les gestionnaires.',
    '---\ntitle: Agente Administrative/ Agent administratif – Opérations internes\n---\n\nVous appuierez les opérations de la direction.',
    '---\ntitle: Praticien·ne du numérique chargé·e de la consultation\n---\n\nVous conseillerez les équipes et les ministères.',
    '---\ntitle: Président·e-directeur·rice général·e\n---\n\nVous dirigerez le service et les équipes.',
    '---\ntitle: Chef de la conception\n---\n\nVous dirigerez une équipe et vous serez au cœur de nos services.',
    '---\ntitle: Gestionnaire du programme de diversité, d’équité et d’inclusion\n---\n\nVous dirigerez le programme et les initiatives.',
    '---\ntitle: Analyste des opérations techniques\n---\n\nVous soutiendrez les équipes et les services.',
    '---\ntitle: Adjoint·e exécutif·ve - directeur des opérations\n---\n\nVous soutiendrez le bureau et les équipes de la direction.',
    '---\ntitle: Adjoint(e) de direction (auprès du directeur des opérations)\n---\n\nVous soutiendrez le bureau et les équipes de la direction.',
    '---\ntitle: Traducteur/traductrie de l’anglais au français\n---\n\nVous traduirez les textes et les pages du site.',
    '---\ntitle: Développeur H/F\n---\n\nNous recrutons pour notre équipe de Paris et de Lyon.',
    // An English title in a French document is read as English; a French word in an English title is English.
    '# Assistant Director\n\nYou will lead the team and the office.',
    '---\ntitle: Consultant\n---\n\nYou will advise the team and our partners on the work.',
    // French in the body is inclusive-language's concern.
    '---\ntitle: Chef des partenariats\n---\n\nVous dirigerez une équipe de développeurs et de concepteurs.',
    '---\ntitle: Gestionnaire de produits\n---\n\n## Nous recherchons des développeurs dévoués pour se joindre à notre équipe :\n\nVous travaillerez avec les équipes.',
  ],
  invalid: [
    {
      code: '# Salesman\n\nSell our products in the region.',
      settings: US,
      errors: [
        {
          messageId: 'gendered',
          line: 1,
          column: 3,
          endColumn: 11,
          message: /^'Salesman' is a job title for one sex; write a neutral title such as 'Salesperson'\. Job advertisements that indicate a sex are restricted by United States: Title VII/,
          suggestions: [
            { messageId: 'useNeutral', output: '# Salesperson\n\nSell our products in the region.' },
            { messageId: 'useNeutral', output: '# Sales Representative\n\nSell our products in the region.' },
            { messageId: 'useNeutral', output: '# Sales Associate\n\nSell our products in the region.' },
          ],
        },
      ],
      output: null,
    },
    {
      name: 'no law is named where none is known',
      code: '# Waitress\n\nEvening shifts at our diner.',
      errors: [{ messageId: 'gendered', data: { text: 'Waitress', neutral: 'Server', law: '' } }],
    },
    {
      code: '## Our openings\n\n## Foreman, night crew\n\nLead the crew.',
      settings: GB,
      errors: [{ messageId: 'gendered', line: 3, column: 4, message: /Equality Act 2010/ }],
    },
    {
      name: 'plural titles get plural suggestions',
      code: '# Hiring Firemen\n\nJoin the station.',
      errors: [{ messageId: 'gendered', data: { text: 'Firemen', neutral: 'Firefighters', law: '' }, suggestions: [{ messageId: 'useNeutral', output: '# Hiring Firefighters\n\nJoin the station.' }] }],
    },
    {
      name: 'front matter title',
      code: '---\ntitle: "Repairman (HVAC)"\n---\n\nFix heating systems.',
      errors: [{ messageId: 'gendered', line: 2, column: 9, endColumn: 18, suggestions: [{ output: '---\ntitle: "Repair Technician (HVAC)"\n---\n\nFix heating systems.' }, { output: '---\ntitle: "Repairer (HVAC)"\n---\n\nFix heating systems.' }] }],
    },
    {
      name: 'HTML <title> repeating the <h1> is reported once, at the heading',
      code: '<html><head><title>Cameraman | Channel 4</title></head><body><main><h1>Cameraman</h1><p>Shoot news.</p></main></body></html>',
      filename: 'p.html',
      errors: [{ messageId: 'gendered', column: 72 }],
    },
    {
      name: 'HTML <title> alone',
      code: '<html><head><title>Handyman wanted</title></head><body><main><p>Fix things around the building.</p></main></body></html>',
      filename: 'p.html',
      errors: [{ messageId: 'gendered', column: 20, data: { text: 'Handyman', neutral: 'Maintenance technician', law: '' } }],
    },
    {
      code: '---\ntitle: Conseiller principal en politiques\n---\n\nNous recherchons une personne pour diriger nos travaux sur les politiques.',
      errors: [
        {
          messageId: 'masculineOnly',
          line: 2,
          column: 8,
          endColumn: 28,
          data: { text: 'Conseiller principal', pair: 'Conseiller principal ou conseillère principale', law: '' },
          suggestions: [{ messageId: 'addFeminine', output: '---\ntitle: Conseiller principal ou conseillère principale en politiques\n---\n\nNous recherchons une personne pour diriger nos travaux sur les politiques.' }],
        },
      ],
    },
    {
      code: "---\ntitle: 'Développeur de logiciels temporaires – Notify'\n---\n\nNous recherchons une personne pour l'équipe de Notification GC.",
      errors: [{ messageId: 'masculineOnly', data: { text: 'Développeur', pair: 'Développeur ou développeuse', law: '' } }],
    },
    {
      name: 'a masculine qualifier in brackets',
      code: '---\ntitle: Analyste des politiques (étudiant)\n---\n\nVous appuierez les équipes de la politique et de la recherche.',
      errors: [{ messageId: 'masculineOnly', column: 33, data: { text: 'étudiant', pair: 'étudiant ou étudiante', law: '' } }],
    },
    {
      name: 'plural masculine titles',
      code: '---\ntitle: Développeurs expérimentés\n---\n\nNous recherchons des personnes pour notre équipe.',
      errors: [{ messageId: 'masculineOnly', data: { text: 'Développeurs expérimentés', pair: 'Développeurs expérimentés et développeuses expérimentées', law: '' } }],
    },
    {
      name: 'one of two nouns paired, the other not',
      code: '---\ntitle: Traducteur/traductrice (coordonnateur de contenu)\n---\n\nVous traduirez les textes et les pages du site.',
      errors: [{ messageId: 'masculineOnly', data: { text: 'coordonnateur', pair: 'coordonnateur ou coordonnatrice', law: '' } }],
    },
    {
      name: 'a French role heading, in capitals',
      code: '# Congé pour fonctions civiques\n\n## DÉVELOPPEURS\n\nVous travaillerez avec les équipes et les partenaires.',
      errors: [{ messageId: 'masculineOnly', line: 3, data: { text: 'DÉVELOPPEURS', pair: 'DÉVELOPPEURS ET DÉVELOPPEUSES', law: '' } }],
    },
    {
      name: 'a French title in an EU posting names the directive',
      code: '---\ntitle: Développeur\n---\n\nNous recrutons pour notre équipe de Paris et de Lyon.',
      settings: { jurisdictions: ['EU'], asOf: '2026-11-27' },
      errors: [{ messageId: 'masculineOnly', message: /Directive \(EU\) 2023\/970/ }],
    },
  ],
})
