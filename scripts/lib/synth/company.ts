// The fictional company every example in Veelgesteld is about. Its contact details are invented and
// use reserved `.example` domains, so nothing here can reach a real business or person.

export const COMPANY = {
  name: 'Veldlicht',
  legalName: 'Veldlicht Energie & Internet B.V.',
  xHandle: '@VeldlichtNL',
  facebookName: 'Veldlicht',
  whatsAppName: 'Veldlicht Klantenservice',
  website: 'https://www.veldlicht.example',
  serviceUrl: 'https://www.veldlicht.example/service',
  email: 'klantenservice@veldlicht.example',
  phone: '0800-0250250',
} as const;

/** First names the webcare team signs with (`^Lisa` on X). */
export const CARE_AGENTS = ['Lisa', 'Daan', 'Noor', 'Bram', 'Fatima', 'Jeroen', 'Sanne', 'Mehmet', 'Eva', 'Koen'] as const;
