// A CM's sign-off is not part of the answer: "^Daan", "Groet, Jeroen", "Met vriendelijke groet,
// Noor | Veldlicht", "Kind regards, Sam", "- Team Webcare". Removed from the end of a reply (again
// and again, for "Fijne dag! Groet, Noor ^NB"), never from its middle. Browser-safe.

const SIGN_OFFS: readonly RegExp[] = [
  // ^Daan, ~JB, ^[naam]
  /\s*[\^~]\s*(?:\[[^\]]{1,30}\]|[\p{L}][\p{L} .'-]{0,24})\s*$/u,
  // Met vriendelijke groet, Noor | Veldlicht — Groetjes van het webcareteam
  /(?:^|[\s.!?,])(?:met\s+)?(?:vriendelijke|hartelijke|zonnige|warme|fijne)?\s*groet(?:en|jes)?(?:\s+van\s+[^.!?]{1,40}|[,!.]?\s*[^.!?]{0,40})$/iu,
  /(?:^|[\s.!?,])(?:mvg|m\.v\.g\.?|gr\.?|kind regards|best regards|warm regards|regards|best wishes|cheers)[,!.]?\s*[^.!?]{0,40}$/iu,
  // - Team Veldlicht, | Noor
  /\s+[-–—|]\s*(?:[Tt]eam\s+[\p{L} ]{1,30}|\p{Lu}[\p{L}'-]{1,20}(?:\s*\|\s*\p{Lu}[\p{L}'-]{1,20})?)$/u,
];

export function withoutSignature(text: string): string {
  let result = text.trim();
  for (let previous = ''; previous !== result;) {
    previous = result;
    for (const signOff of SIGN_OFFS) result = result.replace(signOff, (match) => (/^[.!?]/u.test(match) ? match[0]! : '')).trim();
  }
  return result;
}
