/**
 * The replies the engine benchmarks read (npm run bench, npm run bench:ab): realistic reply sentences, many with tone
 * problems, drawn into long replies; not taken from any corpus.
 */
export const FI = [
  'Hei Maija,',
  'Kiitos viestistäsi ja siitä, että kerroit tilanteestasi.',
  'Ymmärrän, että odottaminen on harmillista, kun laskut pitää maksaa ajallaan.',
  'Valitettavasti hakemuksesi käsittely ei ole mahdollista ennen kuin liitteet ovat meillä.',
  'Kuten jo aiemmin mainitsin, palkkatodistus puuttuu edelleen.',
  'Pahoittelemme mahdollista haittaa.',
  'Tarkistin tänään tilanteesi ja lähetin sinulle ohjeen sähköpostiisi.',
  'Saat päätöksen viimeistään perjantaina 28.11. ja tuki maksetaan tilillesi kahden pankkipäivän kuluessa.',
  'Tämä EI OLE MAHDOLLISTA!!',
  'Etuuskäsittelyn osalta asia on ko. yksikön toimesta tarkistettu, ja palaamme asiaan pian.',
  'Voit myös soittaa meille arkisin kello yhdeksästä neljään, jos haluat kysyä lisää.',
];
export const EN = [
  'Hi Sam,',
  'Thank you for letting us know about the delay with your order.',
  'I understand how frustrating it is to wait for a parcel that was promised last week.',
  'Unfortunately, we cannot refund the shipping costs as per our terms and conditions.',
  'As I already said in my last email, you should have checked the address before ordering.',
  'We apologise for any inconvenience this may have caused.',
  'I checked your order today and asked the warehouse to send it again by express delivery.',
  'You will receive the tracking code from me by Friday 28 November.',
  'PLEASE NOTE that this is simply how it works!!',
  'Your ticket has been escalated to second-line support and we will get back to you soon.',
  'If you have any other questions, you can reply to this message or call us on weekdays.',
];

/** Replies as most are written: clean sentences, one with a tone problem now and then. */
export const FI_TYPICAL = [
  'Hei Maija,',
  'Kiitos, kun kerroit laskusta.',
  'Tarkistin asiakastietosi ja näen, että lasku lähti vanhaan osoitteeseen.',
  'Päivitin uuden osoitteesi järjestelmään tänään.',
  'Lähetän sinulle korjatun laskun sähköpostilla huomenna.',
  'Eräpäivä siirtyy kahdella viikolla, joten sinun ei tarvitse maksaa muistutusmaksua.',
  'Jos haluat maksaa laskun osissa, voit valita maksuerät verkkopalvelussa.',
  'Ymmärrän, että tämä on ollut hankalaa.',
  'Asiakasneuvojamme vastaavat arkisin kello yhdeksästä neljään.',
  'Kuten jo aiemmin mainitsin, lasku on maksettava ajallaan.',
  'Kerron sinulle perjantaina, kun hyvitys on käsitelty.',
  'Voit vastata tähän viestiin, jos jokin jäi epäselväksi.',
];
export const EN_TYPICAL = [
  'Hi Sam,',
  'Thanks for telling us about the invoice.',
  'I checked your account and can see that the invoice went to your old address.',
  'I have updated your new address in our system today.',
  'I will email you the corrected invoice tomorrow morning.',
  'The due date moves by two weeks, so there is no reminder fee to pay.',
  'If you would like to pay in instalments, you can choose them in the online service.',
  'I understand that this has been a hassle.',
  'Our advisers answer on weekdays from nine to four.',
  'As I already said, the invoice must be paid on time.',
  'I will let you know on Friday when the refund has been processed.',
  'You can reply to this message if anything is unclear.',
];

/**
 * A long reply of paragraphs of 3–5 sentences drawn in a seeded random order, each paragraph numbered so
 * that no two lines are the same (the analyser reads a repeated line only once, which would flatter it).
 */
export function reply(sentences: string[], words: number): string {
  let seed = 42;
  const random = (n: number) => {
    // mulberry32: a small seeded generator, so every run sees the same sequence.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const para = [`${paragraphs.length + 1}.`];
    for (let k = 3 + random(3); k > 0 && count < words; k--) {
      const s = sentences[1 + random(sentences.length - 1)];
      para.push(s);
      count += s.split(/\s+/).length;
    }
    paragraphs.push(para.join(' '));
  }
  return [sentences[0], ...paragraphs].join('\n\n');
}

/** The bench's texts by name. */
export const BENCH_TEXTS = {
  'fi 1,000 words': reply(FI, 1000),
  'fi 5,000 words': reply(FI, 5000),
  'en 1,000 words': reply(EN, 1000),
  'en 5,000 words': reply(EN, 5000),
  'fi 1,000 words, typical': reply(FI_TYPICAL, 1000),
  'en 1,000 words, typical': reply(EN_TYPICAL, 1000),
};
