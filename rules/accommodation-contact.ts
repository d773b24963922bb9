/**
 * accommodation-contact: a reasonable-accommodation statement with a
 * contact that works.
 *
 * Applicants with disabilities need to know how to ask for an adjustment to
 * the application process (ADA Title I; Canadian Human Rights Act; Ontario's
 * AODA). The rule reports a posting with no accommodation statement, a
 * statement that offers no way to ask, and, pointing at the contact itself
 * (for a link, at its target), an address, number or link that cannot be
 * used as written (an address that lost its `@`, a number with too few
 * digits). A phone number as the only contact, with no TTY or relay service
 * (in the statement, beside the number, or anywhere in the posting as a
 * relay number such as 711), shuts out deaf applicants; a broken address or
 * link beside the number is reported as such instead.
 */
import { defineRule } from '../src/define-rule.js'
import { ruleDocsUrl } from '../src/version.js'
import type { Range } from '../src/types.js'
import type { SourceCode } from '../src/linter/source-code.js'
import type { ContactFact } from '../src/facts/index.js'
import { missingRange } from '../src/facts/reporting.js'

/** Words for a TTY or relay service, in English and French (ATS: appareil de télécommunication pour sourds). */
const relay = /(?<![\p{L}\p{N}])(?:TTY|TDD|TRS|VRS|relay|relais|ATS|ATME)(?![\p{L}\p{N}])/iu

/** A contact that is itself a relay service: 711, "Federal Relay Service", "Canada VRS". */
function isRelay(contact: ContactFact): boolean {
  return contact.kind === 'phone' && contact.valid && (contact.value === '711' || relay.test(contact.value))
}

/** Whether the words just around a phone number make it a TTY or relay line ("TTY: 613-555-0100", "(voice/TTY)"). */
function besideRelay(sourceCode: SourceCode, contact: ContactFact): boolean {
  if (contact.kind !== 'phone') return false
  const [start, end] = contact.range
  return relay.test(sourceCode.text.slice(Math.max(0, start - 40), start)) || relay.test(sourceCode.text.slice(end, end + 20))
}

/** Where to point at a contact: the text of an address or number; for a link's target, the target as written in the link. */
function contactRange(sourceCode: SourceCode, contact: ContactFact): Range {
  const [start, end] = contact.range
  const link = sourceCode.links.find((candidate) => candidate.range[0] === start && candidate.range[1] === end)
  if (!link || link.url === '') return contact.range
  const at = sourceCode.text.slice(start, end).indexOf(link.url)
  return at === -1 ? contact.range : [start + at, start + at + link.url.length]
}

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a reasonable-accommodation statement with a usable contact (email, phone or link)',
      category: 'disclosure',
      recommended: true,
      url: ruleDocsUrl('accommodation-contact'),
    },
    messages: {
      missing: 'The posting does not say how applicants can ask for a reasonable accommodation.',
      noContact: 'The accommodation statement does not say whom to contact: add an email address, phone number or link.',
      invalidContact: "The accommodation contact '{{value}}' cannot be used as written: {{problem}}.",
      phoneOnly: 'The only accommodation contact is a phone number: add an email address, or a TTY or relay option.',
    },
    schema: [],
  },
  create(context) {
    return {
      'Document:exit'() {
        const { posting, sourceCode } = context
        const statements = posting.statementsOf('accommodation')
        if (statements.length === 0) {
          context.report({ range: missingRange(sourceCode), messageId: 'missing' })
          return
        }
        const contacts = statements.flatMap((statement) => statement.contacts ?? []).sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1])
        // One report per stretch of text: a link and its text can both read as the same broken address.
        let reportedUpTo = -1
        for (const contact of contacts) {
          if (contact.valid || contact.range[0] < reportedUpTo) continue
          reportedUpTo = contact.range[1]
          context.report({ range: contactRange(sourceCode, contact), messageId: 'invalidContact', data: { value: contact.value, problem: contact.problem ?? 'it is malformed' } })
        }
        if (contacts.length === 0) {
          context.report({ range: statements[0]!.range, messageId: 'noContact' })
          return
        }
        const phonesOnly = contacts.some((contact) => contact.valid) && contacts.every((contact) => contact.kind === 'phone')
        if (!phonesOnly) return
        const relayOffered =
          statements.some((statement) => relay.test(statement.text)) ||
          contacts.some((contact) => isRelay(contact) || besideRelay(sourceCode, contact)) ||
          posting.contacts.some(isRelay)
        if (!relayOffered) context.report({ range: statements[0]!.range, messageId: 'phoneOnly' })
      },
    }
  },
})
