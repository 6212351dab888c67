// A small Dutch FAQ (plus one English article) as the site would pass it to the index.
import type { SearchDoc } from '#site/lib/search/index.ts';

const nl = (id: string, title: string, questions: string[], tags: string[], description: string, category: string): SearchDoc => ({
  id,
  url: `/vragen/${id}/`,
  title,
  description,
  questions,
  tags,
  category,
  lang: 'nl',
});

export const DUTCH_FAQ: SearchDoc[] = [
  nl('termijnbedrag', 'Termijnbedrag aanpassen', ['Kan ik mijn maandbedrag verhogen?', 'Hoe verander ik mijn termijnbedrag?', 'Mijn voorschot is te laag, kan dat omhoog?'], ['termijnbedrag', 'voorschot'], 'Zo wijzig je het bedrag dat je elke maand betaalt.', 'Facturen & betalen'),
  nl('pinpas', 'Pinpas kwijt of gestolen', ['Ik ben mijn pinpas verloren', 'Mijn pas is gestolen, wat moet ik doen?'], ['pinpas', 'blokkeren'], 'Blokkeer je pas meteen en vraag een nieuwe aan.', 'Account & app'),
  nl('pakket', 'Waar blijft mijn pakket?', ['Mijn bestelling is nog niet bezorgd', 'Wanneer wordt mijn pakket geleverd?'], ['bezorging', 'pakket'], 'Volg je bestelling met de track-and-trace-code uit de bevestigingsmail.', 'Bezorging'),
  nl('opzeggen', 'Abonnement opzeggen', ['Hoe kan ik mijn contract beëindigen?', 'Ik wil opzeggen, wat is de opzegtermijn?'], ['abonnement', 'opzeggen'], 'Opzeggen kan online; de opzegtermijn is een maand.', 'Abonnement'),
  nl('storing', 'Storing: internet werkt niet', ['Mijn internet doet het niet', 'Wifi valt steeds weg', 'Is er een storing bij mij in de buurt?'], ['storing', 'internet', 'wifi'], 'Bekijk de storingskaart en herstart je modem.', 'Storingen'),
  nl('wachtwoord', 'Wachtwoord vergeten', ['Ik kan niet inloggen in de app', 'Hoe reset ik mijn wachtwoord?'], ['wachtwoord', 'inloggen'], 'Vraag een nieuw wachtwoord aan via de inlogpagina.', 'Account & app'),
  nl('factuur', 'Factuur downloaden', ['Waar vind ik mijn factuur?', 'Kan ik een kopie van de nota krijgen?'], ['factuur'], 'Al je facturen staan in Mijn Omgeving onder Betalingen.', 'Facturen & betalen'),
  nl('meterstand', 'Meterstanden doorgeven', ['Hoe geef ik mijn meterstand door?', 'Waar vul ik de stand van mijn meter in?'], ['meterstand'], 'Geef je meterstanden door in de app of op de website.', 'Facturen & betalen'),
  nl('verhuizen', 'Verhuizen: adres wijzigen', ['Ik ga verhuizen, wat moet ik regelen?', 'Hoe geef ik mijn nieuwe adres door?'], ['verhuizen', 'adres'], 'Geef je verhuizing uiterlijk vijf dagen vooraf door.', 'Account & app'),
  nl('beeindigen', 'Contract beëindigen na overlijden', ['Mijn vader is overleden, hoe stop ik zijn contract?'], ['overlijden'], 'Wat je nodig hebt om een contract van een overledene te beëindigen.', 'Abonnement'),
  {
    id: 'monthly-payment',
    url: '/en/questions/monthly-payment/',
    title: 'Changing your monthly payment',
    description: 'How to raise or lower the amount you pay every month.',
    questions: ['How do I change my monthly payment?', 'Can I pay less each month?'],
    tags: ['payment'],
    category: 'Invoices & payments',
    lang: 'en',
  },
];
