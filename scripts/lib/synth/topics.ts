// The recurring questions Veldlicht's webcare team gets. Each topic has customer phrasings (with
// `[a|b]` alternatives and `{slot}` fillers, see template.ts), a few English ones, and the replies
// CMs post. Topic keys equal the slug of the FAQ article that answers them, where one exists.

export type Trend = 'rising' | 'falling' | 'stable';

export type Topic = {
  key: string;
  /** Slug of the example FAQ article under content/faq/nl, or null when no article exists yet. */
  faq: string | null;
  category: string;
  /** Relative share of all questions in an average week. */
  weight: number;
  trend: Trend;
  nl: readonly string[];
  en: readonly string[];
  /** Optional sentences that add detail or frustration before or after the question. */
  context: readonly string[];
  replies: readonly string[];
  /** Path of the help page CMs link to: {link} becomes <serviceUrl>/<path>. */
  path: string;
};

export const TOPICS: readonly Topic[] = [
  {
    key: 'termijnbedrag-aanpassen', faq: 'termijnbedrag-aanpassen', category: 'Facturen & betalen', weight: 6, trend: 'stable',
    nl: [
      'Hoe kan ik mijn termijnbedrag [aanpassen|verlagen|wijzigen]?',
      'Kan ik mijn termijnbedrag [zelf|ergens] [omlaag|omhoog] zetten?',
      'Waar pas ik mijn maandbedrag aan in de {app}?',
      'Mijn termijnbedrag is veel te hoog, kan dat [lager|omlaag]?',
      'Ik wil [graag|] een lager termijnbedrag, [hoe regel ik dat|kan dat]?',
      'Is het mogelijk om het termijnbedrag te verhogen zodat ik straks niet hoef bij te betalen?',
      'Ik betaal {euro} per maand maar verbruik veel minder. Kan ik dat aanpassen?',
      'Hoe verander ik het bedrag dat jullie elke maand afschrijven?',
      'Waar kan ik in Mijn Veldlicht het voorschot aanpassen?',
      'kan ik mijn voorschotbedrag verlagen [ivm|vanwege] [zonnepanelen|een lager verbruik]?',
      'Ik kan mijn termijnbedrag niet wijzigen in de {app}, [de knop is grijs|hij geeft een fout]. Hoe kan ik het aanpassen?',
    ],
    en: ['How do I change my monthly [payment|instalment]?', 'Can I lower my monthly payment in the app?'],
    context: ['We zijn met z\'n tweeën minder gaan verbruiken.', 'Sinds de zonnepanelen verbruiken we veel minder.', 'Ik wil niet weer zo\'n naheffing.'],
    replies: [
      'Hoi! Je termijnbedrag pas je zelf aan in de app of op Mijn Veldlicht, onder Betalingen > Termijnbedrag. Je kunt het tot 25% verlagen of verhogen. Uitleg: {link}',
      'Hoi, dat kan! In de app onder Betalingen > Termijnbedrag zie je ons advies en zet je het bedrag zelf hoger of lager: {link}',
    ],
    path: 'termijnbedrag-aanpassen',
  },
  {
    key: 'termijnbedrag-verhoogd', faq: 'termijnbedrag-verhoogd', category: 'Facturen & betalen', weight: 4, trend: 'rising',
    nl: [
      'Waarom is mijn termijnbedrag [ineens|opeens|zomaar] verhoogd?',
      'Jullie hebben mijn termijnbedrag [zomaar|] met {plus} verhoogd zonder iets te vragen. Waarom?',
      'Ik kreeg een mail dat mijn termijnbedrag omhoog gaat. Waar is dat op gebaseerd?',
      'Waarom moet ik [ineens|vanaf deze maand] {plus} meer per maand betalen?',
      'Mijn maandbedrag is verhoogd terwijl ik minder verbruik, klopt dat wel?',
      'Wie heeft bepaald dat mijn termijnbedrag omhoog moest?',
      'Is de verhoging van mijn termijnbedrag een fout?',
      'Kan ik de verhoging van mijn termijnbedrag terugdraaien?',
      'Waarom verhogen jullie mijn termijnbedrag [als ik nooit hoef bij te betalen|zonder uitleg]?',
    ],
    en: ['Why did my monthly payment go up?', 'You raised my monthly amount without asking, why?'],
    context: ['Ik heb hier nooit toestemming voor gegeven.', 'Vorig jaar kreeg ik nog geld terug.', 'Ik heb het pas gezien op mijn bankafschrift.'],
    replies: [
      'Hoi, vervelend dat dit als een verrassing kwam. We passen je termijnbedrag aan als je verwachte verbruik of de tarieven veranderen. Je kunt het zelf weer aanpassen in de app. Uitleg: {link}',
      'Hoi! De verhoging komt door de nieuwe tarieven per 1 oktober. Denk je dat het te hoog is? Dan zet je het in de app zelf lager, tot 25%. Meer: {link}',
    ],
    path: 'termijnbedrag-verhoogd',
  },
  {
    key: 'jaarafrekening-hoger-dan-verwacht', faq: 'jaarafrekening-hoger-dan-verwacht', category: 'Facturen & betalen', weight: 4, trend: 'stable',
    nl: [
      'Mijn jaarafrekening is [veel|flink|] hoger dan verwacht, hoe kan dat?',
      'Ik moet {euro} bijbetalen op mijn jaarafrekening. Klopt dat wel?',
      'Waarom moet ik [dit jaar|] zoveel bijbetalen?',
      'Kunnen jullie mijn jaarafrekening controleren? Het bedrag klopt volgens mij niet.',
      'De jaarafrekening klopt niet, de meterstand is [verkeerd|te hoog] ingevuld.',
      'Hoe kan het dat ik ondanks mijn termijnbedragen nog {euro} moet bijbetalen?',
      'Schrik van de eindafrekening. Hoe is dit berekend?',
      'Waarom is mijn jaarafrekening gebaseerd op een geschatte meterstand?',
    ],
    en: ['My annual bill is much higher than expected, how is that possible?', 'Why do I have to pay {euro} extra on my annual statement?'],
    context: ['We zijn niet eens meer gaan verbruiken.', 'Ik snap er echt niks van.', 'Dit kan ik echt niet in één keer betalen.'],
    replies: [
      'Hoi, dat is schrikken. Meestal komt het door een hoger verbruik of een geschatte meterstand. Controleer de standen op je jaarafrekening; klopt er iets niet, geef dan je eigen stand door: {link}',
      'Hoi! Op de tweede pagina van je jaarafrekening zie je welke meterstanden we gebruikt hebben. Wijkt dat af van je meter? Laat het ons weten via {link}',
    ],
    path: 'jaarafrekening',
  },
  {
    key: 'factuur-downloaden', faq: 'factuur-downloaden', category: 'Facturen & betalen', weight: 4, trend: 'stable',
    nl: [
      'Waar kan ik mijn factuur [vinden|downloaden]?',
      'Ik heb mijn factuur van {maand} [niet ontvangen|nooit gekregen].',
      'Hoe krijg ik een kopie van mijn jaarafrekening?',
      'Ik kan mijn facturen nergens vinden in de {app}.',
      'Kunnen jullie de factuur [nog een keer|opnieuw] sturen?',
      'Ik heb een factuur nodig voor mijn werkgever, waar download ik die?',
      'Waar staan mijn oude facturen van vorig jaar?',
      'Hoe kan ik mijn facturen als pdf krijgen?',
    ],
    en: ['Where can I download my invoice?', 'I did not receive my invoice for {maand}.'],
    context: ['Ik heb hem nodig voor de belastingaangifte.', 'In de mail zat geen bijlage.'],
    replies: [
      'Hoi! Al je facturen staan in de app en op Mijn Veldlicht onder Facturen. Daar download je ze als pdf, ook die van vorige jaren: {link}',
      'Hoi, je vindt ze in de app onder Facturen; met het pijltje rechts download je de pdf. Zie ook {link}',
    ],
    path: 'facturen',
  },
  {
    key: 'dubbel-afgeschreven', faq: null, category: 'Facturen & betalen', weight: 2, trend: 'stable',
    nl: [
      'Er is [twee keer|dubbel] {euro} afgeschreven deze maand?!',
      'Waarom hebben jullie twee keer geïncasseerd?',
      'Ik zie een dubbele afschrijving van Veldlicht op mijn rekening.',
      'Jullie hebben dubbel afgeschreven, wanneer krijg ik dat terug?',
      'Er staan twee incasso\'s van jullie op mijn rekening, hoe kan dat?',
    ],
    en: ['You charged me twice this month.'],
    context: ['Daardoor sta ik nu rood.', 'Dit is al de tweede keer dit jaar.'],
    replies: [
      'Hoi, dat hoort niet. Stuur je ons een DM met je klantnummer? Dan zoeken we het uit en storten we het te veel betaalde binnen 5 werkdagen terug.',
    ],
    path: 'betalen',
  },
  {
    key: 'betalingsregeling', faq: null, category: 'Facturen & betalen', weight: 2, trend: 'stable',
    nl: [
      'Kan ik een betalingsregeling [krijgen|treffen|aanvragen] voor mijn jaarafrekening?',
      'Ik kan de eindafrekening niet in één keer betalen. Kan dat in termijnen?',
      'Is het mogelijk om het bedrag gespreid te betalen?',
      'Ik zit financieel krap, kunnen we iets regelen voor de factuur?',
      'Hoe vraag ik uitstel van betaling aan?',
    ],
    en: ['Can I pay my annual bill in instalments?'],
    context: ['Het is een moeilijke maand.', 'Ik wil het wel betalen, maar niet alles tegelijk.'],
    replies: [
      'Hoi, dat kan. Een betalingsregeling vraag je aan via Mijn Veldlicht > Betalingen > Betalingsregeling. Je spreidt het bedrag over maximaal 12 maanden: {link}',
    ],
    path: 'betalingsregeling',
  },
  {
    key: 'teruggave-jaarafrekening', faq: null, category: 'Facturen & betalen', weight: 2, trend: 'stable',
    nl: [
      'Wanneer krijg ik het geld van mijn jaarafrekening terug?',
      'Ik krijg {euro} terug volgens de jaarafrekening, maar het staat nog niet op mijn rekening.',
      'Hoe lang duurt het voordat de teruggave wordt uitbetaald?',
      'Mijn teruggave is nog steeds niet gestort, [klopt dat|hoe zit dat]?',
    ],
    en: ['When will I get my refund from the annual statement?'],
    context: ['Het is al {dagen} weken geleden.'],
    replies: [
      'Hoi! Een teruggave storten we binnen 10 werkdagen na de jaarafrekening op het rekeningnummer dat bij ons bekend is. Check even of dat nog klopt: {link}',
    ],
    path: 'teruggave',
  },
  {
    key: 'rekeningnummer-wijzigen', faq: null, category: 'Account & app', weight: 1.5, trend: 'stable',
    nl: [
      'Hoe wijzig ik mijn rekeningnummer?',
      'Ik heb een nieuwe bankrekening, waar geef ik dat door?',
      'Kan ik het IBAN voor de incasso aanpassen?',
      'Ik wil dat het termijnbedrag van een andere rekening wordt afgeschreven.',
    ],
    en: ['How do I change my bank account number?'],
    context: ['Ik ben overgestapt naar een andere bank.'],
    replies: [
      'Hoi, je rekeningnummer wijzig je zelf in de app onder Profiel > Betaalgegevens. De wijziging geldt vanaf de eerstvolgende incasso: {link}',
    ],
    path: 'betaalgegevens',
  },
  {
    key: 'modem-bezorging', faq: 'modem-bezorging', category: 'Bezorging', weight: 5, trend: 'stable',
    nl: [
      'Wanneer wordt mijn {modem} bezorgd?',
      'Ik heb [al|] {dagen} dagen geleden een {modem} besteld en nog niks ontvangen.',
      'Waar blijft mijn {pakket}? Track & trace doet niks.',
      'Mijn {modem} zou vandaag komen maar er is niemand geweest.',
      'Hoe kan ik mijn {pakket} volgen?',
      'Ik heb nog geen track & trace code gekregen voor mijn {modem}.',
      'De bezorger zegt dat hij geweest is maar ik was gewoon thuis. Waar is mijn {pakket}?',
      'Mijn internet gaat over op {datum} maar ik heb nog geen {modem}. Komt dat nog op tijd?',
      'Kan het {pakket} ook bij de buren of een afhaalpunt worden bezorgd?',
    ],
    en: ['When will my {modem} be delivered?', 'Still waiting for my modem, where is it?'],
    context: ['Ik heb er zelfs vrij voor genomen.', 'Niemand kan me vertellen waar het is.'],
    replies: [
      'Hoi! Je modem wordt 2 tot 3 werkdagen voor je overstapdatum verstuurd. Je krijgt dan een mail met track & trace. Niks ontvangen? Hier lees je wat je kunt doen: {link}',
      'Hoi, vervelend dat je nog wacht! De status van je bestelling zie je in de app onder Bestellingen. Is hij na de verwachte dag nog niet binnen, kijk dan op {link}',
    ],
    path: 'bezorging',
  },
  {
    key: 'pakket-beschadigd', faq: 'pakket-beschadigd', category: 'Bezorging', weight: 1.5, trend: 'stable',
    nl: [
      'Mijn {pakket} is beschadigd aangekomen, [wat nu|wat moet ik doen]?',
      'De doos was kapot en {demodem} doet het niet.',
      'Er zat geen voedingskabel bij mijn {modem}.',
      'Ik heb [de verkeerde modem|het verkeerde kastje|een verkeerde router] ontvangen, hoe ruil ik dat?',
      'Er ontbreekt een onderdeel in mijn {pakket}, hoe krijg ik dat alsnog?',
    ],
    en: ['My package arrived damaged, what now?'],
    context: ['Ik heb foto\'s gemaakt.', 'De doos was helemaal ingedeukt.'],
    replies: [
      'Hoi, wat vervelend! Maak een foto van de schade en meld het binnen 7 dagen via {link}. Je krijgt dan kosteloos een nieuw exemplaar.',
    ],
    path: 'schade-melden',
  },
  {
    key: 'oude-modem-retourneren', faq: 'oude-modem-retourneren', category: 'Retourneren', weight: 3, trend: 'stable',
    nl: [
      'Moet ik mijn oude {modem} terugsturen?',
      'Hoe stuur ik {demodem} retour?',
      'Waar vind ik het retourlabel voor mijn oude {modem}?',
      'Ik heb opgezegd, moet het kastje terug?',
      'Krijg ik een boete als ik {demodem} niet terugstuur?',
      'Kan ik {demodem} ook bij een pakketpunt inleveren?',
      'Ik heb [een nieuwe modem|een nieuw kastje|een nieuwe router] gekregen, wat doe ik met de oude?',
    ],
    en: ['Do I need to return my old modem?'],
    context: ['Ik heb de doos niet meer.'],
    replies: [
      'Hoi! Ja, je oude modem stuur je binnen 30 dagen gratis terug. Het retourlabel staat in de app onder Bestellingen; inleveren kan bij elk pakketpunt. Zie {link}',
    ],
    path: 'retourneren',
  },
  {
    key: 'bedenktijd-annuleren', faq: 'bedenktijd-annuleren', category: 'Retourneren', weight: 1.5, trend: 'stable',
    nl: [
      'Ik heb [gisteren|vorige week] een contract afgesloten maar wil toch niet, kan ik annuleren?',
      'Hoe gebruik ik mijn bedenktijd?',
      'Kan ik binnen 14 dagen nog kosteloos [afzien|annuleren]?',
      'Spijt van mijn overstap, kan ik nog terug?',
    ],
    en: ['Can I cancel within the 14-day cooling-off period?'],
    context: ['Ik vond ergens anders een beter aanbod.'],
    replies: [
      'Hoi, dat kan. Je hebt 14 dagen bedenktijd na het afsluiten. Annuleren doe je via het formulier op {link}. Je betaalt dan niks.',
    ],
    path: 'bedenktijd',
  },
  {
    key: 'contract-opzeggen', faq: 'contract-opzeggen', category: 'Abonnement', weight: 5, trend: 'stable',
    nl: [
      'Hoe kan ik mijn [contract|abonnement] opzeggen?',
      'Ik wil opzeggen, [waar kan dat|hoe gaat dat]?',
      'Wat is de opzegtermijn van mijn internetabonnement?',
      'Betaal ik een opzegvergoeding als ik nu opzeg?',
      'Ik ga overstappen naar een andere leverancier, moet ik zelf opzeggen?',
      'Kan ik mijn energiecontract tussentijds opzeggen?',
      'Waar vind ik het opzegformulier?',
      'Ik ben er klaar mee. Hoe zeg ik op?',
      'Hoe zeg ik het contract van mijn [moeder|vader|oma] op? Ze is verhuisd naar een verzorgingshuis.',
    ],
    en: ['How do I cancel my contract?', 'What is the notice period if I cancel?'],
    context: ['Ik heb al {dagen} keer gebeld.', 'Jullie service gaat alleen maar achteruit.'],
    replies: [
      'Hoi, jammer dat je weggaat! Stap je over naar een andere leverancier, dan zegt die meestal voor je op. Zelf opzeggen kan via {link}. De opzegtermijn is 30 dagen.',
      'Hoi! Opzeggen kan online met het formulier op {link}. Bij een vast contract kan een opzegvergoeding gelden; die zie je vooraf in het formulier.',
    ],
    path: 'opzeggen',
  },
  {
    key: 'verhuizen', faq: 'verhuizen', category: 'Abonnement', weight: 3, trend: 'stable',
    nl: [
      'Ik ga verhuizen, hoe neem ik mijn [energie|internet|abonnement] mee?',
      'Hoe geef ik een verhuizing door?',
      'Wij verhuizen op {datum}, wat moet ik regelen?',
      'Kan ik mijn internet meenemen naar mijn nieuwe adres?',
      'Ik ga samenwonen, wat gebeurt er met mijn contract?',
      'Moet ik meterstanden doorgeven als ik verhuis?',
    ],
    en: ['I am moving house, how do I transfer my contract?'],
    context: ['We krijgen de sleutel over {dagen} weken.'],
    replies: [
      'Hoi, leuk, een nieuw huis! Geef je verhuizing minimaal 5 weken van tevoren door via {link}. Je neemt je contract gewoon mee; geef op de sleuteldag de meterstanden door.',
    ],
    path: 'verhuizen',
  },
  {
    key: 'nieuwe-tarieven', faq: null, category: 'Abonnement', weight: 2.5, trend: 'stable',
    nl: [
      'Wat worden de nieuwe tarieven per 1 [oktober|januari]?',
      'Mijn contract loopt af, wat is jullie aanbod?',
      'Gaan de stroomprijzen [weer|] omhoog?',
      'Waarom zijn mijn vaste leveringskosten verhoogd?',
      'Ik kreeg een brief over een tariefwijziging, wat betekent dat voor mij?',
    ],
    en: ['What are the new rates?'],
    context: ['Bij de concurrent is het goedkoper.'],
    replies: [
      'Hoi! De actuele tarieven en wat er per 1 oktober verandert lees je op {link}. Je persoonlijke tarieven zie je in de app onder Contract.',
    ],
    path: 'tarieven',
  },
  {
    key: 'overstappen', faq: null, category: 'Abonnement', weight: 1.5, trend: 'stable',
    nl: [
      'Ik wil overstappen naar Veldlicht, hoe werkt dat?',
      'Kan ik overstappen als mijn huidige contract nog loopt?',
      'Hoe lang duurt het voordat mijn overstap geregeld is?',
      'Krijg ik een welkomstkorting als ik overstap?',
    ],
    en: ['I want to switch to Veldlicht, how does that work?'],
    context: ['Een vriend raadde jullie aan.'],
    replies: ['Hoi, leuk dat je wilt overstappen! Dat regel je in 5 minuten op {link}. Wij zeggen je oude contract voor je op.'],
    path: 'overstappen',
  },
  {
    key: 'internet-storing', faq: 'internet-storing', category: 'Storingen', weight: 5, trend: 'stable',
    nl: [
      'Is er een storing in {stad}? Ik heb geen internet.',
      'Al {uur} uur geen internet, wat is er aan de hand?',
      'Mijn {modem} knippert rood, is er een storing?',
      'Internet ligt er [weer|alweer] uit. Wanneer is het opgelost?',
      'Hebben meer mensen geen internet in {stad}?',
      'Geen internet en geen tv sinds vanochtend. Storing?',
      'Wanneer is de storing [eindelijk|] opgelost?',
      'Krijg ik compensatie voor de storing van [gisteren|vorige week]?',
      'Ik werk thuis en heb al de hele ochtend geen internet. Wat is er aan de hand?',
    ],
    en: ['Is there an outage? No internet since this morning.', 'Internet down in {stad}, any news?'],
    context: ['Ik moet gewoon werken.', 'Dit is al de {dagen}e keer deze maand.', 'Modem al drie keer opnieuw opgestart.'],
    replies: [
      'Hoi, vervelend! Op {link} zie je of er een storing bij jou in de buurt is. Staat er niks? Zet je modem dan 30 seconden uit en weer aan. Helpt dat niet, stuur ons een DM.',
      'Hoi, er is op dit moment een storing in de regio {stad}. Onze monteurs zijn ermee bezig; de actuele stand vind je op {link}. Sorry voor het ongemak!',
    ],
    path: 'storingen',
  },
  {
    key: 'stroomstoring', faq: 'stroomstoring', category: 'Storingen', weight: 1.5, trend: 'stable',
    nl: [
      'Geen stroom in {stad}, is er een storing?',
      'De stroom is uitgevallen in de hele straat, [weten jullie|is er] iets?',
      'Stroomstoring! Wie moet ik bellen?',
      'Wij zitten zonder stroom, wanneer komt het terug?',
    ],
    en: ['Power cut in {stad}, who do I call?'],
    context: ['De vriezer staat vol.'],
    replies: [
      'Hoi, vervelend! Bij een stroomstoring is de netbeheerder aan zet, niet je leverancier. Op {link} lees je welke netbeheerder je hebt en hoe je die bereikt.',
    ],
    path: 'stroomstoring',
  },
  {
    key: 'wifi-traag', faq: null, category: 'Storingen', weight: 3, trend: 'stable',
    nl: [
      'Mijn wifi is [super|heel|erg] traag, [hoe kan dat|wat kan ik doen]?',
      'Ik krijg maar [10|20|50] Mbit terwijl ik voor 500 betaal.',
      'De wifi valt steeds weg op de bovenverdieping.',
      'Internet is \'s avonds extreem traag, hoe kan dat?',
      'Waarom is mijn internet zo langzaam de laatste tijd?',
    ],
    en: ['My wifi is really slow, what can I do?'],
    context: ['Streamen lukt gewoon niet meer.', 'Ik heb {demodem} al opnieuw opgestart.'],
    replies: [
      'Hoi! Zet je modem eerst even uit en aan en doe een snelheidstest met een kabel. Tips voor betere wifi in huis vind je op {link}. Blijft het traag, laat het ons weten.',
    ],
    path: 'wifi',
  },
  {
    key: 'tv-geen-signaal', faq: null, category: 'Storingen', weight: 2, trend: 'stable',
    nl: [
      'Mijn tv zegt \'geen signaal\', wat nu?',
      'De tv-ontvanger blijft hangen bij het opstarten.',
      'Sinds vanochtend doet de tv het niet meer, internet wel. Hoe kan dat?',
      'Ik zie alleen een zwart scherm op [alle zenders|sommige zenders].',
    ],
    en: ['My TV says no signal.'],
    context: ['Net nu de wedstrijd begint.'],
    replies: [
      'Hoi, vervelend! Haal de stekker van je tv-ontvanger 30 seconden uit het stopcontact en check of de kabel naar het modem goed vastzit. Meer stappen: {link}',
    ],
    path: 'tv',
  },
  {
    key: 'inloggen-app', faq: 'inloggen-app', category: 'Account & app', weight: 5, trend: 'falling',
    nl: [
      'Ik kan niet inloggen in de {app}.',
      'De {app} blijft hangen bij het inloggen.',
      'Inloggen lukt niet, ik krijg steeds een foutmelding.',
      'Na de update kan ik niet meer inloggen?',
      'Waarom word ik steeds uitgelogd uit de {app}?',
      'Ik krijg de verificatiecode niet binnen bij het inloggen.',
      'De {app} zegt \'er is iets misgegaan\' als ik wil inloggen.',
      'Werkt de {app} niet of ligt het aan mij?',
    ],
    en: ['I can\'t log in to the app.', 'The app keeps crashing when I log in.'],
    context: ['Ik heb hem al opnieuw geïnstalleerd.', 'Op mijn laptop werkt het wel.'],
    replies: [
      'Hoi! Installeer de nieuwste versie van de app en probeer het opnieuw. Lukt het dan nog niet, log in via Mijn Veldlicht in je browser. Meer tips: {link}',
    ],
    path: 'inloggen',
  },
  {
    key: 'wachtwoord-vergeten', faq: null, category: 'Account & app', weight: 2, trend: 'stable',
    nl: [
      'Ik ben mijn wachtwoord vergeten, hoe reset ik dat?',
      'Ik krijg geen mail om mijn wachtwoord te herstellen.',
      'Hoe verander ik mijn wachtwoord?',
      'Mijn account is geblokkeerd na te vaak proberen.',
    ],
    en: ['I forgot my password.'],
    context: [],
    replies: ['Hoi! Klik op het inlogscherm op \'Wachtwoord vergeten\'. Je krijgt binnen een paar minuten een mail; kijk ook even in je spam. Zie {link}'],
    path: 'wachtwoord',
  },
  {
    key: 'meterstanden-doorgeven', faq: 'meterstanden-doorgeven', category: 'Account & app', weight: 3, trend: 'stable',
    nl: [
      'Hoe geef ik mijn meterstanden door?',
      'Ik kan mijn meterstand niet invoeren in de {app}.',
      'Jullie vragen om meterstanden maar ik heb toch een slimme meter?',
      'Waar vind ik de meterstand op mijn meter?',
      'Ik heb een verkeerde meterstand doorgegeven, kan ik dat aanpassen?',
    ],
    en: ['How do I submit my meter readings?'],
    context: ['Ik kreeg een herinnering per mail.'],
    replies: ['Hoi! Meterstanden geef je door in de app onder Verbruik > Meterstanden. Een verkeerde stand kun je binnen 14 dagen zelf corrigeren. Uitleg: {link}'],
    path: 'meterstanden',
  },
  {
    key: 'slimme-meter', faq: null, category: 'Energie', weight: 1.5, trend: 'stable',
    nl: [
      'Mijn slimme meter geeft geen gegevens door, [hoe kan dat|wat nu]?',
      'Ik zie geen verbruik in de {app}, ik heb wel een slimme meter.',
      'Hoe kom ik aan een slimme meter?',
      'Het verbruik in de {app} klopt niet met mijn slimme meter.',
    ],
    en: ['My smart meter is not sending any data.'],
    context: [],
    replies: ['Hoi! Een slimme meter wordt geplaatst door je netbeheerder. Zie je geen verbruik in de app, geef dan toestemming onder Profiel > Slimme meter. Meer: {link}'],
    path: 'slimme-meter',
  },
  {
    key: 'terugleverkosten', faq: 'terugleverkosten', category: 'Energie', weight: 3, trend: 'stable',
    nl: [
      'Waarom betaal ik terugleverkosten voor mijn zonnepanelen?',
      'Hoe worden de terugleverkosten berekend?',
      'Ik lever veel terug, wat kost me dat bij jullie?',
      'Wat gebeurt er met de salderingsregeling en mijn contract?',
      'Klopt het dat ik moet betalen voor stroom die ik teruglever?',
      'Zijn jullie terugleverkosten omhoog gegaan?',
    ],
    en: ['Why do I pay feed-in costs for my solar panels?'],
    context: ['Ik heb vorig jaar {euro} geïnvesteerd in zonnepanelen.', 'Dit voelt als straffen voor duurzaam zijn.'],
    replies: ['Hoi! Voor stroom die je teruglevert betaal je per kWh een vergoeding voor de kosten die wij maken. Hoe dat precies werkt en wat het kost, lees je op {link}'],
    path: 'terugleveren',
  },
  {
    key: 'e-mailadres-wijzigen', faq: null, category: 'Account & app', weight: 1, trend: 'stable',
    nl: [
      'Hoe verander ik mijn e-mailadres?',
      'Ik gebruik een ander mailadres, waar pas ik dat aan?',
      'Mijn e-mailadres klopt niet meer, kunnen jullie dat wijzigen?',
    ],
    en: ['How do I change my email address?'],
    context: [],
    replies: ['Hoi! Je e-mailadres pas je aan in de app onder Profiel > Contactgegevens. Je krijgt dan een bevestigingsmail op het nieuwe adres. Zie {link}'],
    path: 'contactgegevens',
  },
  {
    key: 'klantenservice-bereikbaarheid', faq: null, category: 'Contact', weight: 2.5, trend: 'stable',
    nl: [
      'Waarom duurt het zo lang voordat jullie reageren?',
      'Ik hang al {minuten} minuten in de wacht bij de klantenservice.',
      'Hoe kan ik jullie [bellen|bereiken|spreken]?',
      'Wat zijn de openingstijden van de klantenservice?',
      'Ik heb {dagen} dagen geleden gemaild en nog geen antwoord. Leest iemand dat?',
    ],
    en: ['How can I reach customer service?'],
    context: ['Dit is echt belachelijk.'],
    replies: ['Hoi, sorry voor het wachten! Je bereikt ons via WhatsApp, hier via DM of op 0800-0250250 (ma-vr 8-20 uur, za 9-17 uur). Alle routes: {link}'],
    path: 'contact',
  },
  {
    key: 'monteur-afspraak', faq: null, category: 'Bezorging', weight: 1.5, trend: 'stable',
    nl: [
      'Wanneer komt de monteur [langs|] voor de installatie?',
      'De monteur is [vandaag|gisteren] niet komen opdagen.',
      'Kan ik de installatieafspraak verzetten?',
      'Ik heb nog geen afspraak gekregen voor de aansluiting.',
    ],
    en: ['The technician did not show up.'],
    context: ['Ik heb er een dag vrij voor genomen.'],
    replies: ['Hoi! Je afspraak zie en verzet je in de app onder Bestellingen. Is de monteur niet gekomen? Stuur ons een DM, dan plannen we met voorrang opnieuw: {link}'],
    path: 'installatie',
  },
];

/** Sentences that make a question into a complaint; topic-independent. */
export const OPENERS: readonly string[] = [
  'Ik ben er echt klaar mee.', 'Pff.', 'Sorry voor de lange vraag.', 'Vraagje:', 'Even een vraag.',
  'Ik heb al twee keer gebeld.', 'Niemand kan me helpen.', 'Hallo, ik heb een vraag.', 'Goedemorgen,',
  'Zo frustrerend dit.', 'Ik snap er niks van.', 'Help!',
];
export const CLOSERS: readonly string[] = [
  'Graag snel een reactie.', 'Alvast bedankt!', 'Ik hoor graag van jullie.', 'Dit kan toch niet de bedoeling zijn?',
  'Bedankt alvast.', 'Kunnen jullie me helpen?', 'Ik wacht al dagen op antwoord.', 'Heel vervelend allemaal.',
  'Hebben jullie wel eens van klantvriendelijkheid gehoord?',
];

/** Copy-paste complaints people share during an outage; they become near-duplicates. */
export const OUTAGE_COPIES: readonly string[] = [
  '{handle} Al sinds vanochtend geen internet en geen tv in {stad}. Ik werk thuis en kan nu niks. Wanneer is dit opgelost en krijgen we compensatie? #storing',
  '{handle} storing in {stad}?? modem knippert rood, niks werkt',
  '{handle} Weer storing! Al {uur} uur geen internet in {stad}. Wanneer is het opgelost?',
];

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  modem: ['modem', 'router', 'wifi-kastje', 'modem', 'internetkastje'],
  demodem: ['de modem', 'de router', 'het wifi-kastje', 'het modem', 'het internetkastje'],
  pakket: ['pakket', 'bestelling', 'doos', 'zending', 'pakketje'],
  stad: ['Utrecht', 'Amersfoort', 'Zeist', 'Nieuwegein', 'Houten', 'IJsselstein', 'Maarssen', 'De Bilt', 'Leusden'],
  app: ['app', 'Veldlicht-app', 'app van Veldlicht', 'Veldlicht app'],
  dagen: ['twee', 'drie', 'vier', '5', '3', 'tien', '2'],
  uur: ['2', '3', '4', '5', 'twee', 'drie', '6'],
  minuten: ['20', '30', '45', '50', '40', '35'],
  maand: ['september', 'oktober', 'november', 'augustus', 'deze maand', 'vorige maand'],
  datum: ['1 december', 'de 15e', 'maandag', 'vrijdag', '3 december', 'volgende week'],
};

/** Questions after the consumer programme aired; they belong to the rising termijnbedrag topic. */
export const BROADCAST_QUESTIONS: readonly string[] = [
  'Net Radar gezien. Is mijn termijnbedrag ook te veel verhoogd?',
  'Na de uitzending van Radar: krijg ik het te veel betaalde termijnbedrag terug?',
  'Ik zag jullie net bij Radar. Mijn termijnbedrag is ook zomaar verhoogd, wat nu?',
  'Geldt dat verhaal van Radar over verhoogde termijnbedragen ook voor mij?',
  'Waarom hebben jullie de termijnbedragen verhoogd zonder het te vragen? #radar',
];
