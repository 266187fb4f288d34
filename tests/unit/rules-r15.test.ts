/**
 * Round 13 of issue 14: what round 15's held-out replies (read once at the end of round 12, tuning material since:
 * tuning-r15h-*) showed the engine reading wrong, as families of wording: blame told through a report ("our staff
 * report that … took …, so …", "enligt personalen …, så …", "henkilökuntamme kertoi, että …, joten …"), the
 * customer's own word or order as the cause, "… was to be expected", hindsight about what would have saved time; the
 * organisation clearing itself ("toimimme niiden mukaisesti", "eivät ole puiston hallinnassa", "köpet står fast");
 * "it's really very simple"; "vahvistetaan myöhemmin", "on yhteydessä lähipäivinä". And what it read as a problem in
 * clean replies: a routine ("tarkistetaan puolen tunnin välein"), our own hindsight owned in the paragraph, "olisitte
 * voineet suunnitella" after an apology, a no-exceptions rule with its reason, a form the customer may send that is
 * then assessed, "så fort jag har fått uppgifterna", "Förlåt för krånglet" after the fault is owned. `finds` and
 * `leaves` are written here, not taken from the held-out replies.
 */
import { describeClasses, type WordingClass } from './rule-classes';

const classes: WordingClass[] = [
  {
    name: 'blame told through a report: staff saw the customer or their child act, so … (fi)',
    language: 'fi',
    category: 'blame',
    finds: [
      'Valvojamme kertoi, että tyttäresi kiipesi aidan yli, joten hän putosi pehmusteiden ulkopuolelle.',
      'Kerroit puhdistaneesi pinnan hiomapaperilla, joten lakka lähti siitä.',
    ],
    leaves: [
      'Valvojamme kertoi, että allas suljettiin kesken vuoron, joten hyvitämme koko ryhmän liput.',
      'Kerroit odottaneesi vastausta viikon, joten soitin sinulle heti tänä aamuna.',
    ],
  },
  {
    name: 'blame told through a report, and "… was to be expected" (en)',
    language: 'en',
    category: 'blame',
    finds: [
      'The coach observed that your son left the court during the drill, so he missed the warm-up and pulled a muscle.',
      'The bike was returned with a flat tyre and no lock, so some damage was to be expected.',
    ],
    leaves: [
      'The coach observed that the floor was wet, so we closed the court and are refunding the session.',
      'Snow was forecast all week, and we are sorry the road was closed on your delivery day.',
    ],
  },
  {
    name: 'blame told through a report, your own word against you, hindsight about time saved (sv)',
    language: 'sv',
    category: 'blame',
    finds: [
      'Enligt guiden lämnade ni leden trots skyltarna, så räddningen tog flera timmar.',
      'Du uppgav att bilen var tom, men den var fullastad, så bärgaren fick åka tillbaka.',
      'Det hade gått mycket fortare om adressen hade varit rätt från början.',
    ],
    leaves: [
      'Enligt guiden stängdes leden på grund av stormen, så vi betalar tillbaka hela turen.',
      'Det hade gått mycket fortare om vi hade ringt dig direkt, och det ber jag om ursäkt för.',
    ],
  },
  {
    name: 'the organisation clearing itself: its rules followed, things out of its hands, the sale stands (fi, sv)',
    language: 'fi',
    category: 'defensive',
    finds: ['Ehdot on kerrottu lipussa, ja toimimme aina niiden mukaisesti.', 'Myrskyt eivät valitettavasti ole yhtiön hallinnassa.'],
    leaves: ['Ehtojen mukaan voit perua varauksen maksutta, ja teemme sen heti.'],
  },
  {
    name: 'the sale stands, the house answers for nothing (sv)',
    language: 'sv',
    category: 'defensive',
    finds: ['Beslutet står alltså fast.', 'Därför ansvarar butiken inte för skador efter leveransen.'],
    leaves: ['Bokningen står kvar, och du kan flytta den kostnadsfritt till en annan dag.'],
  },
  {
    name: '"it\'s really very simple" (en) and "a simple thing everyone does" (sv)',
    language: 'en',
    category: 'dismissive',
    finds: ["It's honestly very easy: take the form to the front desk."],
    leaves: ['The form takes about five minutes, and the front desk can help you fill it in.'],
  },
  {
    name: 'a simple thing everyone does (sv)',
    language: 'sv',
    category: 'dismissive',
    finds: ['Anmälan är en väldigt enkel grej som alla medlemmar fixar själva.'],
    leaves: ['Anmälan tar ungefär fem minuter, och jag hjälper gärna till om något är oklart.'],
  },
  {
    name: 'later, in the coming days: no time given (fi)',
    language: 'fi',
    category: 'vague-promise',
    finds: ['Lopullinen hinta kerrotaan myöhemmin.', 'Myyjämme on yhteydessä lähipäivinä.'],
    leaves: ['Lopullinen hinta kerrotaan keskiviikkona klo 12 mennessä.', 'Myyjämme soittaa sinulle torstaina klo 10.'],
  },
  {
    name: 'a routine described, not a promise put off: "tarkistetaan tunnin välein", "samalla tarkistetaan" (fi)',
    language: 'fi',
    category: 'vague-promise',
    finds: ['Asiaa tarkistetaan.'],
    leaves: ['Kulkuluvat tarkistetaan joka aamu ennen avaamista.', 'Renkaat vaihdetaan ja samalla tarkistetaan jarrut.'],
  },
  {
    name: 'hindsight about us, owned in the paragraph; "you could have planned" after an apology (fi)',
    language: 'fi',
    category: 'blame',
    finds: ['Kuitti olisi pitänyt tarkistaa ennen maksamista.'],
    leaves: [
      'Saumassa oli halkeama, joka olisi pitänyt huomata ennen vuokrausta. Tarkastuslistamme oli puutteellinen. Olen pahoillani.',
      'Pyydän anteeksi, että tieto puuttui, sillä olisitte voineet varata toisen päivän.',
    ],
  },
  {
    name: 'a rule with its reason, a form you may send that is then assessed (en)',
    language: 'en',
    category: 'defensive',
    finds: ["We don't make exceptions."],
    leaves: ["The limit is set by the harness maker for your child's safety, so we don't make exceptions."],
  },
  {
    name: 'a form the customer may send, then assessed (en)',
    language: 'en',
    category: 'vague-promise',
    finds: ['Your claim is being looked into.'],
    leaves: ['You can send the form with your photos, and it will be assessed by our claims team.'],
  },
  {
    name: '"as soon as I have your details": a step that waits on the customer (sv)',
    language: 'sv',
    category: 'vague-promise',
    finds: ['Vi återkommer så snart vi kan.'],
    leaves: ['Jag bokar tiden så fort jag har fått dina uppgifter.'],
  },
  {
    name: '"Förlåt för krånglet" after the fault is owned (sv)',
    language: 'sv',
    category: 'formulaic-apology',
    finds: ['Vi beklagar det inträffade.'],
    leaves: ['Det var mitt ansvar att skicka påminnelsen, och det gjorde jag inte. Förlåt för krånglet.'],
  },
  {
    name: "the customer's order, a missing detail or a thing left open as the cause (fi)",
    language: 'fi',
    category: 'blame',
    finds: [
      'Lomakkeella merkitsit kooksi 38, joten toimitimme sen koon.',
      'Ilmoituksestasi puuttui ovikoodi, joten asentaja ei päässyt sisään.',
      'Portti oli jätetty auki, joten koira pääsi karkuun.',
    ],
    leaves: [
      'Ilmoituksestasi puuttui ovikoodi, joten soitin sinulle ja sain sen.',
      'Portti oli jätetty auki huollon jälkeen, joten koira pääsi karkuun, ja se on meidän virheemme.',
    ],
  },
  {
    name: "the customer put a thing in the wrong place, so … (en); the customer's act too early, so … (sv)",
    language: 'en',
    category: 'blame',
    finds: ['You posted the form to our old address, not to the new office, so it arrived a week late.'],
    leaves: ['We sent the form to your old address, not to the new one, so I have posted another today.'],
  },
  {
    name: "the customer's act too early, so … (sv)",
    language: 'sv',
    category: 'blame',
    finds: ['Ni ställde in möblerna samma kväll, så golvet hann aldrig torka.'],
    leaves: ['Ni ställde in möblerna samma kväll, så vi kunde städa undan verktygen direkt.'],
  },
  {
    name: 'a thing brushed off as simple or self-solving (fi)',
    language: 'fi',
    category: 'dismissive',
    finds: ['Päivitys on ihan simppeli homma.', 'Kohina menee yleensä ohi itsestään.', 'Asennus ei vie hetkeäkään.'],
    leaves: ['Päivitys kestää noin kymmenen minuuttia, ja neuvon mielelläni puhelimessa.'],
  },
  {
    name: 'a thing brushed off as obvious, quick or something everyone manages (sv)',
    language: 'sv',
    category: 'dismissive',
    finds: ['Det är väl en självklarhet.', 'Det tar bara två minuter att ändra.', 'Det är en funktion som alla användare fixar på egen hand.'],
    leaves: ['Ändringen tar ungefär två minuter, och jag guidar dig gärna i telefon.'],
  },
  {
    name: '"obviously we cannot" (en); "like it says on the poster" (en)',
    language: 'en',
    category: 'dismissive',
    finds: ['Obviously we cannot accept returns of worn shoes.'],
    leaves: ["Obviously we should have told you sooner, and I'm sorry."],
  },
  {
    name: 'pointing at a poster, a sign or the website (en)',
    language: 'en',
    category: 'passive-aggressive',
    finds: ['As it says on our website, parking is for members only.', 'Like the notice says, the pool closes at eight.'],
    leaves: ['As it says in your message, the lock sticks in the cold.'],
  },
  {
    name: 'a reminder that we said it already, or that the customer signed it themselves (sv)',
    language: 'sv',
    category: 'passive-aggressive',
    finds: [
      'Det ingår inte, vilket jag för övrigt redan nämnde i telefon.',
      'Enligt protokollet, som ni själva signerade, var lägenheten inte städad.',
    ],
    leaves: ['Protokollet som ni signerade finns bifogat, och jag har markerat det som gäller köket.'],
  },
  {
    name: 'news that comes later, someone who will look at it (sv); when the schedule allows, when a third party has confirmed (fi)',
    language: 'sv',
    category: 'vague-promise',
    finds: ['Beskedet om ersättningen kommer längre fram.', 'Montörerna ska se över saken.'],
    leaves: ['Beskedet om ersättningen kommer senast onsdag den 9 april.'],
  },
  {
    name: 'when the schedule allows, when a third party has confirmed (fi)',
    language: 'fi',
    category: 'vague-promise',
    finds: ['Asentaja tulee paikalle, kun työtilanne sallii.', 'Hyvitys maksetaan, kun vakuutusyhtiö on hyväksynyt korvauksen.'],
    leaves: ['Asentaja tulee paikalle torstaina klo 8, kun työtilanne sallii aiemman käynnin.'],
  },
  {
    name: 'said many times over (fi)',
    language: 'fi',
    category: 'passive-aggressive',
    finds: ['Sopimuksessa mainitaan useaan otteeseen, että vuokra maksetaan etukäteen.'],
    leaves: ['Sopimuksessa mainitaan, että vuokra maksetaan etukäteen, ja lähetän sinulle sopimuksen uudelleen.'],
  },
  {
    name: 'a state named in capitals a few words after "status" or "tila" is a label (fi, en)',
    language: 'fi',
    category: 'shouting',
    finds: ['Lähetystä EI VOI noutaa ennen maanantaita.'],
    leaves: ['Tilauksen tila on nyt PENDING, ja se vaihtuu huomenna.', 'Laskun status on nyt OPEN.'],
  },
  {
    name: 'a state named in capitals after "status" is a label (en)',
    language: 'en',
    category: 'shouting',
    finds: ['You MUST return the forms by Friday.'],
    leaves: ['The status of your parcel is now HELD at the depot.'],
  },
];

describeClasses('round 13: families from round 15’s held-out replies', classes);
