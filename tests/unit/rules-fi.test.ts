/**
 * The Finnish bundled ruleset on realistic replies written for these tests (not taken from the eval corpus):
 * each reply is checked for exactly the tone categories it should get and for the five steps.
 */
import { describe, expect, it } from 'vitest';
import { analyze, compileRuleset, validateRuleset } from '../../lib/index';
import fi from '../../lib/rulesets/fi.json';

// The Finnish file on its own, so that these tests measure it and nothing else in the bundle.
const validation = validateRuleset(fi);
if (!validation.ok) throw new Error(JSON.stringify(validation.problems, null, 2));
const ruleset = compileRuleset(validation.ruleset);

/** The categories the Finnish ruleset hints in a text, each once, sorted. */
const categories = (text: string) => [...new Set(analyze(text, { lang: 'fi', ruleset }).hints.map((h) => h.category))].sort();

type Step = 'greet' | 'thank' | 'empathize' | 'apologize' | 'next-steps';

interface Case {
  name: string;
  text: string;
  categories: string[];
  steps: Step[];
}

const cases: Case[] = [
  {
    name: 'model complaint reply: all five steps, no hints',
    text: `Hei Sari,

Kiitos, että kerroit viivästyneestä vuokratuesta. Ymmärrän, että tilanne on stressaava, kun eräpäivä on jo ohi. Pahoittelen, että hakemuksesi jäi meillä jonoon liian pitkäksi aikaa.

Käsittelen hakemuksesi itse torstaina 6.3. Tuki näkyy tililläsi viimeistään maanantaina 10.3.

Ystävällisin terveisin
Marjo Kallio
Kela`,
    categories: [],
    steps: ['greet', 'thank', 'empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'plain question answered: greet, thank, next steps',
    text: `Moi Jussi,

Kiitos kysymyksestä. Voit vaihtaa laskutusosoitteen verkkopalvelun kohdassa Omat tiedot. Muutos näkyy seuraavassa laskussa, joka lähtee 1.5.

Terveisin
Asiakaspalvelu`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'blame and negative framing',
    text: `Hei Tarja,

Ette ole toimittaneet vuokrasopimusta, joten hakemusta ei voida käsitellä. Olisitte lukeneet kirjeen huolellisemmin.

Terveisin
Toimeentulotuki`,
    categories: ['blame', 'negative-framing'],
    steps: ['greet'],
  },
  {
    name: 'passive-aggressive reminders',
    text: `Hei Antti,

Kuten olen jo kahteen kertaan kertonut, päivähoitomaksu määräytyy tulojen mukaan. Luethan jatkossa meiltä tulevat tiedotteet tarkasti.

Terveisin
Varhaiskasvatuksen asiakasmaksut`,
    categories: ['passive-aggressive'],
    steps: ['greet'],
  },
  {
    name: 'defensive: not our department, rules are rules',
    text: `Hei,

Tämä asia ei kuulu meille. Säännöt ovat säännöt, emmekä tee poikkeuksia kenenkään kohdalla.

Terveisin
Tilapalvelut`,
    categories: ['defensive'],
    steps: ['greet'],
  },
  {
    name: 'dismissive: obviously, just, simple',
    text: `Hei Kaarina,

Tunnusten palauttaminen on ihan yksinkertaista. Sinun tarvitsee vain painaa kirjautumissivulla linkkiä Unohtuiko salasana, ja tietenkin uusi salasana toimii heti.

Terveisin
Tietohallinto`,
    categories: ['dismissive'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'formulaic apology and vague promise; a stock apology still counts as apologising',
    text: `Hei Pauli,

Kiitos palautteestasi. Olemme pahoillamme, jos koit asiakaspalvelumme tylyksi. Asiaa tutkitaan ja palaamme sinulle lähiaikoina.

Terveisin
Kaupungin asiakaspalvelu`,
    categories: ['formulaic-apology', 'vague-promise'],
    steps: ['greet', 'thank', 'apologize'],
  },
  {
    name: 'stock apology for possible inconvenience, with a concrete next step',
    text: `Hei Liisa,

Sähkökatko johtui muuntajan viasta. Pahoittelemme aiheutunutta haittaa. Asentaja vaihtaa muuntajan huomenna klo 9 ja katko kestää noin tunnin.

Terveisin
Verkkoyhtiö`,
    categories: ['formulaic-apology'],
    steps: ['greet', 'apologize', 'next-steps'],
  },
  {
    name: 'shouting: capitals and repeated punctuation',
    text: `Hei Markus,

Lomake on palautettava VIIMEISTÄÄN perjantaina!! Muuten paikkaa ei voi taata.

Terveisin
Kesäleirit`,
    categories: ['shouting'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'jargon: officialese, internal terms and abbreviations',
    text: `Hei Mohammed,

Kiitos viestistäsi. Hakemuksesi on etuuskäsittelyssä, ja ko. liitteet pyydetään toimittamaan OmaKelaan. Päätös lähetetään sinulle viimeistään 14.2.

Terveisin
Kela`,
    categories: ['jargon'],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'jargon: ticket and escalation',
    text: `Hei Niina,

Olen kirjannut asiasta tiketin ja eskaloin sen kakkostasolle. Saat vastauksen sähköpostiisi keskiviikkona 19.11.

Terveisin
IT-tuki`,
    categories: ['jargon'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'readability: one very long sentence',
    text: `Hei Eeva,

Koska ilmoittamasi tulot poikkeavat tulorekisteristä saaduista tiedoista ja koska hakemukseen ei ollut liitetty viimeisintä palkkalaskelmaa, jouduimme pyytämään sinulta lisäselvitystä, minkä vuoksi päätöksen antaminen siirtyi alkuperäisestä arviosta noin kahdella viikolla eteenpäin.

Lähetämme päätöksen sinulle 20.3. mennessä.

Terveisin
Asumisen tuet`,
    // The missing payslip ("hakemukseen ei ollut liitetty…, minkä vuoksi päätös siirtyi") is the customer's omission named
    // as the cause of the delay: blame by implication (issue 14), besides the sentence's length.
    categories: ['blame', 'readability'],
    steps: ['greet', 'next-steps'],
  },
  {
    name: 'negative framing is fine when the sentence turns to what we can do',
    text: `Hei Veikko,

Kiitos, kun otit yhteyttä. Ikävää kuulla, että matkasi peruuntui. Valitettavasti emme voi palauttaa lipun hintaa, mutta voimme vaihtaa sen uuteen matkaan ilman lisämaksua. Vaihdan lipun puolestasi tänään, jos vastaat tähän viestiin.

Terveisin
Bussiyhtiö`,
    categories: [],
    steps: ['greet', 'thank', 'empathize', 'next-steps'],
  },
  {
    name: 'colloquial reply: sori, no tone hints',
    text: `Moikka Ville!

Sori, meillä meni tilauksesi vahingossa väärään osoitteeseen. Ymmärrän hyvin, että harmittaa. Lähetän uuden paketin huomenna aamulla, ja saat seurantakoodin tekstiviestinä.

Terveisin
Verkkokauppa`,
    categories: [],
    steps: ['greet', 'empathize', 'apologize', 'next-steps'],
  },
  {
    name: 'quoted customer text and the signature are not coached',
    text: `Hei Raili,

Kiitos viestistä. Soitan sinulle huomenna klo 10.

Terveisin
Päivi
VIRHE ON TEIDÄN!!

Raili kirjoitti:
> Olisitte lukeneet hakemukseni!! Tämä on yksinkertainen asia.`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'officialese: process descriptions instead of a date, and "when we know more"',
    text: `Hyvä vastaanottaja,

asumistukihakemuksenne on vastaanotettu. Hakemukset käsitellään saapumisjärjestyksessä, ja tuki maksetaan, kun kaikki pyydetyt selvitykset ovat saapuneet. Ilmoitamme teille, kun tiedämme enemmän.

Kela`,
    categories: ['vague-promise'],
    steps: ['greet'],
  },
  {
    name: "blame by omission, a third party's responsibility and a minimiser",
    text: `Hei Oskari,

jätit palautuslomakkeen kokonaan täyttämättä. Kuljetusvauriot ovat kuriirifirman vastuulla, emmekä poikkea tästä käytännöstä. Riittää, että vain tulostat uuden lomakkeen.

Terveisin
Verkkokauppa`,
    categories: ['blame', 'defensive', 'dismissive'],
    steps: ['greet'],
  },
  {
    name: 'clean look-alikes: own promise, a dated passive, a term explained on the spot, opening hours',
    text: `Hyvä Elina Koskinen,

kiitos viestistänne. Kuten lupasin puhelimessa, tarkistin laskunne. Kirjeessä mainittu perintäkulu tarkoittaa maksua, joka lisätään myöhässä maksettuun laskuun, ja poistin sen laskultanne tänään.

Korjattu lasku lähetetään teille maanantaina 8.12. Asiakaspalvelu on avoinna arkisin klo 9–16.

Ystävällisin terveisin
Juha Lehto`,
    categories: [],
    steps: ['greet', 'thank', 'next-steps'],
  },
  {
    name: 'normalising a delay, another party\'s decision, a plural stock apology and a vague "pyritään"',
    text: `Moi Kalle,

Kiitos palautteesta. Tällaiset viivästykset ovat kesällä ihan tavallisia, eikä aikataulu oo meidän päätös vaan tehtaan. Pahoittelemme mahdollisia vaivoja.

Uusi toimituspäivä pyritään kertomaan mahdollisimman pian.

Terkuin
Sohvakauppa`,
    categories: ['dismissive', 'defensive', 'formulaic-apology', 'vague-promise'],
    steps: ['greet', 'thank', 'apologize'],
  },
  {
    name: 'clean look-alikes: a delay longer than usual, reassurance, an explained billing term',
    text: `Hei Aino,

kiitos, kun kerroit tästä. Toimitus kesti tavallista pidempään, ja pahoittelen, että jouduit odottamaan. Et ole tehnyt mitään väärää: vika oli meidän varastojärjestelmässämme.

Lähetän korvaavan tuotteen tänään, ja se on perillä torstaina 12.6.

Ystävällisin terveisin
Mari`,
    categories: [],
    steps: ['greet', 'thank', 'apologize', 'next-steps'],
  },
];

const STEPS: Step[] = ['greet', 'thank', 'empathize', 'apologize', 'next-steps'];

describe('Finnish ruleset on realistic replies', () => {
  for (const c of cases) {
    it(c.name, () => {
      const a = analyze(c.text, { lang: 'fi', ruleset });
      const categories = [...new Set(a.hints.map((h) => h.category))].sort();
      expect(categories, a.hints.map((h) => `${h.ruleId}: ${h.text}`).join('\n')).toEqual([...c.categories].sort());
      const steps = STEPS.filter((s) => a.steps[s]);
      expect(steps).toEqual(c.steps);
    });
  }

  it('detects Finnish', () => {
    expect(analyze(cases[0].text, { ruleset }).language).toBe('fi');
  });

  it('offers Finnish rewrites and messages in three languages', () => {
    const a = analyze('Hei,\n\nÄlä unohda ilmoittaa muutoksesta.', { lang: 'fi', ruleset });
    const hint = a.hints.find((h) => h.ruleId === 'fi.negative-framing.ala-unohda');
    expect(hint?.suggestions).toContain('Muista');
    // "Muista liittää kuittia" would keep the object case of the negative: no rewrite there.
    const object = analyze('Hei,\n\nÄlä unohda liittää kuittia.', { lang: 'fi', ruleset });
    expect(object.hints.find((h) => h.ruleId === 'fi.negative-framing.ala-unohda')?.suggestions).toEqual([]);
    const en = analyze('Hei,\n\nVirhe on teidän.', { lang: 'fi', uiLanguage: 'en', ruleset });
    expect(en.hints[0]?.message).toMatch(/blame/);
  });
});

/** Round 4 of issue 14: `next-steps` is a concrete step, an instruction with what then happens; a vague promise is not. */
describe('Finnish next steps: an instruction with its outcome, however worded', () => {
  const covers = (text: string) => analyze(text, { lang: 'fi', ruleset }).steps['next-steps'];
  it.each([
    'Hakemus jätetään verkkopankissa, minkä jälkeen se siirtyy käsittelyyn.',
    'Päivitä sovellus uusimpaan versioon, jonka jälkeen kirjautuminen toimii taas.',
    'Lähetä kuitti vastaamalla tähän viestiin, niin maksamme hyvityksen.',
    'Tee ilmoitus asiakasportaalissa kohdassa Palaute, niin tyhjennys tehdään uudelleen.',
    'Kun olet täyttänyt lomakkeen, saat vahvistuksen sähköpostiisi.',
    'Voit perua tilauksen Omat tilaukset -sivulla, ja rahat palautetaan tilillesi.',
    'Mene kohtaan Palkat > Ajot, valitse ajo ja paina Peru.',
    'Irrota reitittimestä virtajohto, odota minuutti ja kytke se takaisin.',
    'Tilaa uusi kortti verkkopankista, se tulee postissa noin viikossa.',
    'Takaisinsoittopalveluun pääsee numerosta 09 310 50000 arkisin.',
    'Hyvitämme maksun seuraavalla laskulla.',
    'Peruutus vahvistetaan sähköpostilla.',
    'Voit käyttää lippua mihin tahansa vuoroon 30.6. asti.',
    'Maksu poistuu tililtäsi heti, ja lainausoikeus palautuu samalla.',
    'Kun saan todistuksen, kytken tauon päälle samana päivänä.',
    'Lähetä meille kortin numero, niin jatkan voimassaoloa vielä tänään.',
    'Kun domain on vahvistettu, käyttäjänne voivat kirjautua heti.',
    'Voit vaihtaa kiinteähintaiseen sopimukseen verkossa, ja uusi hinta on voimassa seuraavasta kuusta.',
    'Avaa asiakkaan tiedot ja lisää ALV-tunniste.',
  ])('covers it: %s', (text) => expect(covers(text)).toBe(true));
  it.each([
    'Palaamme asiaan pian.',
    'Hoidetaan asia niin nopeasti kuin ehditään.',
    'Noutoaika on 7 vuorokautta, ja sen jälkeen paketti palautuu lähettäjälle.',
    'Tarkastaja kirjasi havainnon kello 10.12 ja uudelleen kello 10.47.',
    'Kun matkustat seuraavan kerran, voit ostaa matkapaketin 9,90 eurolla päivässä.',
    'Vesivahingosta on ilmoitettava heti isännöitsijälle.',
    'Voit lukea lisää verkkosivuiltamme.',
    'Jos sinulla on kysyttävää, voit ottaa yhteyttä.',
    'Vastaamme heti kun käsittely etenee.',
    'Laskua ei voi maksaa osissa.',
    'Maksun voi maksaa verkkokirjastossa.',
    'Minut tavoittaa numerosta 040 123 4567.',
    'Alus saapui Tukholmaan klo 10.15 aikataulun mukaisen klo 7.15 sijaan.',
    'Niin teen aina, kun asiakas pyytää.',
    'Kun saan vastauksen, mietin asiaa.',
  ])('does not: %s', (text) => expect(covers(text)).toBe(false));
});

/** Round 5 of issue 14: who does what, written as paraphrases a rule must catch and near misses it must not. */
describe('Finnish round 5: the customer act as the cause, the organisation clearing itself, the problem made small', () => {
  it.each([
    ['Hyväksyit maksut itse, joten pankki ei ole korvausvelvollinen.', 'blame'],
    ['Valitsit väliaikaisen asetuksen, minkä vuoksi varmuuskopio jäi ottamatta.', 'blame'],
    ['Ilmoitit lukemaksi 48 120 kWh, vaikka mittarin lukema oli 41 820 kWh, joten lasku muodostui suuremmaksi.', 'blame'],
    ['Vaurio johtuu siitä, että vuodosta ilmoitettiin meille vasta kolme viikkoa myöhemmin.', 'blame'],
    ['Jos vuoto olisi ilmoitettu heti, vahinko olisi jäänyt pieneksi.', 'blame'],
    ['Bussi oli ajallaan, mut sä odotit laiturilla 21, joten sä et päässyt kyytiin.', 'blame'],
    ['Miksi aikaa ei peruttu, vaikka lähetimme sinulle muistutuksen?', 'blame'],
    ['Toimimme asiassa täysin ohjeistuksemme mukaisesti.', 'defensive'],
    ['Ajanvarausjärjestelmämme toimi niin kuin sen kuuluukin.', 'defensive'],
    ['Sääolosuhteet ovat ylivoimainen este, eikä varustamo vastaa niiden aiheuttamista viivästyksistä.', 'defensive'],
    ['Lausunnon antaminen ei ole Kelan päätettävissä.', 'defensive'],
    ['Tästä ei tarvitse stressata, kyse on vain yhdestä päivästä.', 'dismissive'],
    ['Hiekka ja paperinpalat ovat normaalia kerrostaloelämää.', 'dismissive'],
    ['Niinku mä jo edellisessä viestissä sanoin, takuu koskee vain valmistusvikoja.', 'passive-aggressive'],
    ['Kuten dokumentaatiossamme mainitaan, käyttöönotto edellyttää vahvistusta.', 'passive-aggressive'],
    ['Jätitte ikkunan auki, minkä seurauksena putki jäätyi.', 'blame'],
    ['Kirjauduit väärillä tunnuksilla useaan kertaan, jolloin tili lukittui.', 'blame'],
    ['Laite oli kastunut käytössä, joten takuu ei kata korjausta.', 'blame'],
    ['Auto oli pysäköity kieltoalueelle, joten sakko on aiheellinen.', 'blame'],
    ['Tämä ei ole meidän vikamme, vaan kuljetusyhtiön.', 'defensive'],
    ['Asia ei kuulu asiakaspalvelun päätösvaltaan.', 'defensive'],
    ['Päätös perustuu lainsäädäntöön, eikä siihen voi vaikuttaa.', 'defensive'],
    ['Hinnasto on ollut kaikkien nähtävillä verkkosivuillamme.', 'defensive'],
    ['Olisi ollut hyvä lukea ohjeet ennen laitteen käyttöönottoa.', 'passive-aggressive'],
    ['Ohjeet löytyvät kyllä sivuiltamme, jos niitä vain vaivautuu lukemaan.', 'passive-aggressive'],
    ['Kerrataan vielä kerran, miten tämä toimii.', 'passive-aggressive'],
    ['Pieni viive ei ole maailmanloppu.', 'dismissive'],
    ['Naarmu on niin pieni, ettei sitä edes huomaa.', 'dismissive'],
    ['Kaikki muut asiakkaat ovat osanneet käyttää palvelua ilman ongelmia.', 'dismissive'],
    ['Tilausta ei voi enää muuttaa.', 'negative-framing'],
    ['Palautusoikeutta ei ole alennustuotteilla.', 'negative-framing'],
    ['Tilauksessa oli väärä osoite, jonka itse syötit, joten paketti palautui.', 'blame'],
    ['Et ollut kotona sovittuna aikana, joten asentaja joutui lähtemään.', 'blame'],
    ['Koska et vastannut soittoihimme, tapaus suljettiin.', 'blame'],
    ['Lasku maksettiin myöhässä, ja siitä syystä perimme viivästyskoron.', 'blame'],
    ['Syy löytyy käyttäjän omista asetuksista.', 'blame'],
    ['Vahinko syntyi, koska pyykinpesukonetta ei ollut asennettu ohjeiden mukaan.', 'blame'],
    ['Sinä itse hyväksyit ehdot tilausta tehdessäsi.', 'blame'],
    ['Ongelma johtuu siitä, että laitetta on käytetty väärin.', 'blame'],
    ['Noudatamme tässä samoja sääntöjä kuin kaikkien muidenkin asiakkaiden kohdalla.', 'defensive'],
    ['Myyjämme antoi sinulle oikeat tiedot.', 'defensive'],
    ['Emme ole tässä asiassa tehneet mitään väärää.', 'defensive'],
    ['Järjestelmämme ei ole koskaan tehnyt tällaista virhettä.', 'defensive'],
    ['Laskun summa on täysin oikein.', 'defensive'],
    ['Ohjeistuksemme on tältä osin selkeä.', 'defensive'],
    ['Päätös on lopullinen, eikä siitä keskustella.', 'defensive'],
    ['Tämä asia on käsitelty jo aiemmin.', 'passive-aggressive'],
    ['Ohjeistus on ollut nähtävillä jo vuosia.', 'passive-aggressive'],
    ['Liitimme ohjeen jo edelliseen viestiimme.', 'passive-aggressive'],
    ['Oletimme, että ehdot on luettu ennen tilausta.', 'passive-aggressive'],
    ['Ymmärrän, mutta tämä on pieni asia.', 'dismissive'],
    ['Näitä sattuu, ei siitä kannata murehtia.', 'dismissive'],
    ['Viive on vain muutaman päivän.', 'dismissive'],
    ['Tuollaiset naarmut ovat kosmeettisia eivätkä vaikuta käyttöön.', 'dismissive'],
    ['Emme myönnä poikkeuksia.', 'negative-framing'],
    ['Hyvitystä ei ole mahdollista saada.', 'negative-framing'],
    ['Tuotetta ei oteta takaisin.', 'negative-framing'],
    ['Pyyntöösi ei voida suostua.', 'negative-framing'],
    ['Palaamme asiaan mahdollisimman pian.', 'vague-promise'],
    ['Selvitämme tilannetta ja olemme yhteydessä.', 'vague-promise'],
    ['Asia on työn alla.', 'vague-promise'],
    ['Katsotaan, mitä asialle voidaan tehdä.', 'vague-promise'],
    ['Ilmoittelemme, kun tiedämme enemmän.', 'vague-promise'],
    ['Olisiko ollut mahdollista kertoa allergiasta jo hoitosopimuskeskustelussa?', 'blame'],
    ['Ryhmän aikuiset toimivat niiden tietojen mukaan, jotka heillä oli.', 'defensive'],
    ['Laskutuksemme perustuu mittarilukemiin, ja ne on luettu asianmukaisesti.', 'defensive'],
    ['Asentajamme kävi mittarilla ja kirjasi lukeman oikein.', 'defensive'],
    ['Auto hinattiin, koska se oli pysäköity pelastustielle.', 'blame'],
    ['Kuten kaikki autoilijat tietävät, pelastustie on pidettävä vapaana.', 'dismissive'],
    ['Kyltit ovat selvästi näkyvissä.', 'passive-aggressive'],
    ['Emme pysty tekemään poikkeusta.', 'negative-framing'],
    ['Paikkaa ei ole mahdollista vaihtaa.', 'negative-framing'],
    ['Emme voi hyvittää maksua. Lähetämme sinulle uuden laskun.', 'negative-framing'],
    ['Pahoittelemme tapahtunutta.', 'formulaic-apology'],
    ['Olemme pahoillamme aiheutuneesta mielipahasta.', 'formulaic-apology'],
    ['Pahoittelut mahdollisesta vaivasta.', 'formulaic-apology'],
    ['Pahoittelemme, jos koit palvelumme puutteelliseksi.', 'formulaic-apology'],
    ['Valitettavasti tällaista voi joskus sattua.', 'formulaic-apology'],
    ['Yritämme hoitaa asian mahdollisimman nopeasti.', 'vague-promise'],
    ['Asia etenee normaalisti.', 'vague-promise'],
    ['Otamme sinuun yhteyttä lähiaikoina.', 'vague-promise'],
    ['Selvitämme asiaa ja palaamme sinulle asiaan.', 'vague-promise'],
    ['Käsittely voi kestää jonkin aikaa.', 'vague-promise'],
  ])('finds it: %s', (text, category) => expect(categories(text)).toContain(category));
  it.each([
    'Lähetit hakemuksen ajoissa, joten sen olisi pitänyt olla käsittelyssä jo viikko sitten.',
    'Ilmoitit muutoksesta, joten emme peri maksua tältä kuulta.',
    'Tilasit tuotteen 3.11., joten toimitus ei ehtinyt ennen muuttoa. Pahoittelen, meidän olisi pitänyt kertoa viiveestä.',
    'Olit ulkomailla koko lokakuun, joten tieto ei tavoittanut sinua ajoissa. Pahoittelen sitä.',
    'Meidän olisi pitänyt lähettää tieto myös sähköpostilla.',
    'Jäteastia jäi tyhjentämättä, koska jäteautolla ei päässyt pihaanne.',
    'Virhe on tapahtunut meillä, ja pahoittelen sitä.',
    'Valitettavasti puhelinjärjestelmämme ei tallenna puheluiden sisältöä, joten en näe, kuka vastasi.',
    'Lahjakorttia ei voi vaihtaa rahaksi, mutta sen voimassaoloa voi jatkaa.',
    'Toimimme pyyntösi mukaisesti ja peruimme tilauksen.',
    'Viive ei johdu sinusta, ja korjaamme sen huomenna.',
    'Sinun ei tarvitse tehdä mitään, hoidamme asian.',
    'Soitan sulle torstaina, ja tsekataan yhdessä, onko tilanne parantunut.',
    'Laite oli kastunut kuljetuksessa, joten korvaamme sen.',
    'Korjaus ei kuulu sinun vastuullesi, vaan hoidamme sen.',
    'Kuten sopimuksessa sovittiin, asennus on maanantaina.',
    'Kyse on vain muotoseikasta, joten sinun ei tarvitse tehdä mitään.',
    'Se on ihan ymmärrettävää, että olet pettynyt.',
    'Tilausta ei voi enää muuttaa, mutta voit palauttaa tuotteen 30 päivän kuluessa.',
    'Huoltomiehemme kävi paikalla, mutta ei valitettavasti saanut vikaa korjattua.',
    'Palautit tuotteen ajoissa, joten saat rahat takaisin.',
    'Olit ilmoittanut osoitteenmuutoksen vasta 2.11., joten lasku meni vanhaan osoitteeseen. Se ei ole sinun vikasi: meidän olisi pitänyt kertoa siitä.',
    'Muistutan vielä, että esitys alkaa tasan klo 19.',
    'Pahoittelen, että jouduit odottamaan: virhe oli meidän.',
    'Tilasit tuotteen alennuksella, joten hinta on 39 €.',
    'Et ole tehnyt mitään väärää, ja korjaamme asian tänään.',
    'Emme voi palauttaa rahaa kortille, mutta maksamme sen tilillesi huomenna.',
    'Laite on asennettu ohjeiden mukaan, ja takuu on voimassa.',
    'Ohjeistuksemme oli tältä osin epäselvä, ja olemme nyt korjanneet sen.',
    'Sinun ei tarvitse huolehtia laskusta, sillä hoidamme sen.',
    'Päätös on myönteinen, ja tuki maksetaan perjantaina.',
    'Lasku on oikein, mutta eräpäivää voi siirtää, jos se sopii sinulle paremmin.',
    'Et ollut kotona, joten jätimme paketin naapurille, kuten pyysit.',
    'Sinä itse voit valita sopivan ajan.',
    'Olisiko mahdollista kertoa, milloin sinulle sopii?',
    'Tuki maksetaan vasta, kun lausunto on saapunut. Kun lausunto on meillä, päätös tehdään noin viikon kuluessa.',
    'Lomake on täytetty oikein, kiitos.',
    'Lukema on nyt kirjattu oikein, ja uusi lasku lähtee huomenna.',
    'Emme voi hyvittää maksua, mutta tilalle tarjoamme ilmaisen kuukauden.',
    'Rahaa ei palauteta, mutta saat tilalle lahjakortin.',
    'Lippua ei voi vaihtaa. Sen sijaan voit myydä sen eteenpäin palvelussamme.',
    'Aikaa ei voi siirtää tälle viikolle. Seuraava vapaa aika on maanantaina klo 9, ja varasin sen sinulle.',
    'Valitettavasti tuote on loppunut, mutta tilasimme lisää ja lähetämme sen heti, kun se saapuu.',
    'Korvausta ei voida maksaa vakuutuksesta, joten maksamme sen itse.',
    'Tilausta ei voi perua enää, koska se on jo lähtenyt, mutta voit palauttaa sen maksutta.',
    'En voi luvata tarkkaa päivää, mutta soitan sinulle perjantaina klo 12 ja kerron tilanteen.',
    'Valitettavasti emme ehtineet korjata vikaa eilen. Asentaja tulee tänään klo 14.',
    'Hakemusta ei voitu käsitellä, koska liite puuttui meidän järjestelmästämme. Pahoittelen, korjasin asian.',
    'Pahoittelen, että lasku lähti väärään osoitteeseen.',
    'Olen pahoillani, että jouduit soittamaan kolme kertaa.',
    'Soitan sinulle huomenna klo 10 ja kerron, mitä tarkistus näytti.',
    'Käsittely kestää noin viikon, ja päätös tulee postissa viimeistään 20.12.',
    'Otan sinuun yhteyttä torstaina iltapäivällä.',
  ])('stays quiet: %s', (text) => expect(categories(text)).toEqual([]));
});

describe('Finnish round 6: classes of wording, not phrases (own paraphrases and near misses)', () => {
  it.each([
    // A passive refusal of what the customer asked for, with nothing offered in its place.
    ['Korvausta ei makseta.', 'negative-framing'],
    ['Vanhoja lippuja ei lunasteta takaisin.', 'negative-framing'],
    ['Lisäaikaa ei anneta.', 'negative-framing'],
    ['Asiaa ei käsitellä uudelleen.', 'negative-framing'],
    ['Poikkeuksia ei tehdä.', 'negative-framing'],
    ['Jäsenyys päättyy kauden lopussa, eikä jo maksettua kautta hyvitetä.', 'negative-framing'],
    ['Emme tee hyvityksiä käytetyistä palveluista.', 'negative-framing'],
    ['Rahoja et saa takaisin.', 'negative-framing'],
    ['Hakemuksesi on hylätty.', 'negative-framing'],
    // The customer's thing or act, a fault in it, and a consequence drawn from it.
    ['Ilmoitus tuli teiltä vasta eräpäivän jälkeen, ja siksi viivästyskorko lankesi maksettavaksi.', 'blame'],
    ['Myöhästynyt maksusi aiheutti sen, että liittymä suljettiin.', 'blame'],
    ['Teidän laiminlyöntinne takia vahinko pääsi laajenemaan.', 'blame'],
    ['Hakemuksesi saapui myöhässä, ja siksi sitä ei voitu huomioida.', 'blame'],
    ['Laitetta ei ollut huollettu ohjeiden mukaan, joten takuu raukesi.', 'blame'],
    ['Kortti oli jätetty lukitsematta, joten vastuu tapahtuneesta on kortinhaltijalla.', 'blame'],
    ['Koska ilmoitit muutosta liian myöhään, etuutta maksettiin liikaa.', 'blame'],
    ['Osoitteesi oli vanhentunut, ja siksi kirje meni väärään paikkaan.', 'blame'],
    ['Sinun myöhästymisesi takia koko ryhmä joutui odottamaan.', 'blame'],
    // The organisation clearing itself: its process done by the book, not liable, flawless, not its decision.
    ['Laskutus on mennyt sopimuksen mukaisesti.', 'defensive'],
    ['Päätös tehtiin voimassa olevien ohjeiden pohjalta.', 'defensive'],
    ['Yhtiö ei vastaa matkatavaroiden katoamisesta.', 'defensive'],
    ['Sovellus toimii juuri niin kuin se on suunniteltu toimimaan.', 'defensive'],
    ['Asentajamme työ oli moitteetonta.', 'defensive'],
    ['Se ei ollut meidän päätöksemme vaan tilaajan.', 'defensive'],
    ['Toimitus lähti varastostamme sovitusti, joten viive syntyi kuljetuksessa.', 'defensive'],
    // The trouble made small, in words no phrase list has.
    ['Muutaman euron ero ei nyt ole iso asia.', 'dismissive'],
    ['Ei se niin vakavaa ole.', 'dismissive'],
    ['Tuskin sillä on mitään merkitystä.', 'dismissive'],
    // The edge of a reminder: as you surely remember, again, finally, if one bothers to look.
    ['Kuten varmasti muistatte, sovimme tästä jo viime viikolla.', 'passive-aggressive'],
    ['Huomautan jälleen, että eräpäivä on 15. päivä.', 'passive-aggressive'],
    ['Ohjeet on kyllä lähetetty teille jo kahdesti.', 'passive-aggressive'],
    ['Pyytäisin vielä kerran lukemaan viestin loppuun asti.', 'passive-aggressive'],
    ['Kiitos, että luit vihdoin ohjeet.', 'passive-aggressive'],
    ['Tieto löytyy kyllä sivuiltamme, kunhan jaksaa katsoa.', 'passive-aggressive'],
  ])('finds it: %s', (text, category) => expect(categories(text)).toContain(category));
  it.each([
    'Korvausta ei makseta tililtäsi vaan suoraan korjaamolle, joten sinun ei tarvitse maksaa mitään.',
    'Matkaa ei hyvitetä rahana. Sen sijaan saat lahjakortin koko summalle.',
    'Tietojasi ei anneta ulkopuolisille.',
    'Tukea ei makseta ennen kuin lausunto on saapunut.',
    'Hakemuksesi on hylätty, mutta voit hakea muutosta 30 päivän kuluessa.',
    'Sinun ei tarvitse korvata mitään.',
    'Teidän ei kannata peruta tilausta vielä.',
    'Jäsenyyttä ei jatketa automaattisesti, joten mitään ei veloiteta kauden jälkeen.',
    'Rahoja ei palauteta kortille. Voit kuitenkin käyttää summan seuraavaan tilaukseen.',
    'Jos hakemuksesi on puutteellinen, otamme sinuun yhteyttä, joten sinun ei tarvitse huolehtia.',
    'Korttisi vanhentuu ensi kuussa, joten postitamme uuden kortin jo tällä viikolla.',
    'Tilauksesi myöhästyi, koska valmistaja toimitti osat liian myöhään.',
    'Kuvasi oli vähän epätarkka, mutta sain siitä selvää, joten asia on kunnossa.',
    'Liitteesi oli epäselvä, joten kysyn vielä yhden asian: onko kuitissa päivämäärä?',
    'Hakemuksesi saapui ilman liitteitä, mutta ei hätää: voit lähettää ne tähän viestiin vastaamalla.',
    'Vaikka lomakkeessa oli väärä päivämäärä, korjasin sen, joten sinun ei tarvitse tehdä mitään.',
    'Maksusi oli myöhässä, koska pankkimme järjestelmässä oli vika. Pahoittelen tätä.',
    'Asentajamme toi väärän osan, joten hän tulee uudelleen huomenna.',
    'Koska asuntosi on vuokra-asunto, vastuu putkista on taloyhtiöllä.',
    'Toimimme pyyntösi mukaisesti ja lähetimme uuden kortin.',
    'Palautus käsitellään ohjeiden mukaan kahden päivän kuluessa.',
    'Korjasimme laitteen, ja se toimii nyt niin kuin on tarkoitettu.',
    'Hyvitän joulukuun maksun, koska palvelu ei ole toiminut niin kuin pitää.',
    'Lukema ei vastaa todellista kulutusta, joten korjaamme laskun.',
    'Sillä ei ole merkitystä, kummalla tavalla maksat.',
    'Virhe ei ole iso, ja korjaamme sen huomenna.',
    'Kuten sovimme puhelimessa, asentaja tulee torstaina.',
    'Saimme vihdoin vastauksen kuljetusliikkeeltä, ja paketti on matkalla.',
    'Jos jaksat, voit lähettää kuvan vielä tähän viestiin.',
    'Ohje on lähetetty sinulle sähköpostiin tänään.',
  ])('stays quiet: %s', (text) => expect(categories(text)).toEqual([]));
});

describe('Finnish round 6: own paraphrases written blind to the rules after the bank batch, and near misses', () => {
  // Three batches written before the rules that find them (docs/benchmarks.md, "Round 6, Finnish"): before their
  // rules the engine found about half of each batch's problem sentences; these keep what the classes now read.
  it.each([
    ['Viesti jäi teiltä lukematta, ja siksi ette tienneet muutoksesta.', 'blame'],
    ['Tilauksessa oli väärä postinumero, jonka olit itse kirjoittanut.', 'blame'],
    ['Laite vioittui, koska sitä oli säilytetty kosteassa.', 'blame'],
    ['Ongelma olisi vältetty, jos ohjetta olisi noudatettu.', 'blame'],
    ['Rahat menivät väärälle tilille, koska annoit väärän tilinumeron.', 'blame'],
    ['Olisit voinut välttää maksun ilmoittamalla ajoissa.', 'blame'],
    ['Lippusi mitätöitiin, koska nimesi oli kirjoitettu varauksessa väärin.', 'blame'],
    ['Tämän olisi voinut välttää tarkistamalla tilauksen ennen maksamista.', 'blame'],
    ['Unohditte ilmeisesti päivittää osoitteenne.', 'blame'],
    ['Tili ylittyi, koska maksoit samat laskut kahteen kertaan.', 'blame'],
    ['Henkilökuntamme toimi tilanteessa ammattimaisesti.', 'defensive'],
    ['Tarkastimme asian, ja laskutus on täysin oikein.', 'defensive'],
    ['Emme ole tehneet virhettä tässä asiassa.', 'defensive'],
    ['Viivästys johtui tavarantoimittajasta, ei meistä.', 'defensive'],
    ['Meidän osaltamme asia on hoidettu.', 'defensive'],
    ['Tämä on alan yleinen käytäntö.', 'defensive'],
    ['Toimimme samoin kaikkien asiakkaiden kanssa.', 'defensive'],
    ['Ohjeemme ovat olleet voimassa jo vuosia, eikä niistä ole tullut valituksia.', 'defensive'],
    ['Asentajamme on kokenut ammattilainen, joten virhe tuskin on hänen.', 'defensive'],
    ['Sopimusehdot hyväksyttiin tilauksen yhteydessä, joten niitä noudatetaan.', 'defensive'],
    ['Pari päivää odotusta ei ole kenellekään liikaa.', 'dismissive'],
    ['Älä ota tätä niin vakavasti.', 'dismissive'],
    ['Se nyt on vain pieni kosmeettinen juttu.', 'dismissive'],
    ['Tällaista sattuu kaikille joskus.', 'dismissive'],
    ['Lasku on vain 12 euroa, joten ei siitä kannata tehdä isoa numeroa.', 'dismissive'],
    ['Kyllähän sinä nyt sen verran osaat.', 'dismissive'],
    ['Eihän tuo nyt haittaa mitään.', 'dismissive'],
    ['Tuo on ihan perusasia, jonka kaikki osaavat.', 'dismissive'],
    ['Olen jo kahdesti lähettänyt teille saman ohjeen.', 'passive-aggressive'],
    ['Kuten viestissä lukee, tarvitsemme kuitin.', 'passive-aggressive'],
    ['Toivon, että tällä kertaa luette viestin huolella.', 'passive-aggressive'],
    ['Tämä on nyt viimeinen kerta, kun selitän asian.', 'passive-aggressive'],
    ['Ohjeet ovat liitteenä, jos niitä haluaa joskus lukea.', 'passive-aggressive'],
    ['Kertaan vielä kerran samat asiat.', 'passive-aggressive'],
    ['Palautan mieliin, että eräpäivä oli eilen.', 'passive-aggressive'],
    ['Tiketti on nyt triagessa.', 'jargon'],
    ['Asia on SLA-seurannassa.', 'jargon'],
    ['Tilauksesi on backorderissa.', 'jargon'],
    ['Päätös on annettu hallintolain 45 §:n nojalla.', 'jargon'],
    ['Tapaus on kategorisoitu matalan prioriteetin tapaukseksi.', 'jargon'],
    ['Pyyntö on reititetty oikealle resolver-ryhmälle.', 'jargon'],
    ['Tätä palvelua ei tarjota yksityisasiakkaille.', 'negative-framing'],
    ['Maksua ei voi jakaa osiin.', 'negative-framing'],
    ['Hyvitystä emme voi myöntää.', 'negative-framing'],
    ['Lippuja ei vaihdeta eikä palauteta.', 'negative-framing'],
    ['Tilausta ei ole mahdollista enää muuttaa.', 'negative-framing'],
    ['Sinulle ei valitettavasti myönnetä tukea.', 'negative-framing'],
    ['Et ollut liittänyt hakemukseen palkkatodistusta, joten käsittely pysähtyi.', 'blame'],
    ['Koska lomakkeesta puuttui allekirjoitus, emme voineet käsitellä sitä.', 'blame'],
    ['Sä varasit ajan väärälle päivälle, ja siks lääkäri ei ollut paikalla.', 'blame'],
    ['Tuote on ilmeisesti pesty liian kuumassa vedessä, minkä vuoksi se kutistui.', 'blame'],
    ['Tilin tiedot oli annettu huijarille, mistä syystä pankki ei korvaa menetystä.', 'blame'],
    ['Muistutuskirje lähti, koska laskuanne ei ollut maksettu eräpäivään mennessä.', 'blame'],
    ['Vika syntyi siitä, että laitteeseen oli asennettu muu kuin alkuperäinen laturi.', 'blame'],
    ['Teidän olisi kuulunut ilmoittaa muutosta kahden viikon kuluessa.', 'blame'],
    ['Paketti palautui, koska et hakenut sitä noutopisteestä.', 'blame'],
    ['Jos olisitte lukeneet vahvistusviestin, olisitte huomanneet väärän päivämäärän.', 'blame'],
    ['Asiakaspalvelumme on toiminut tässä asiassa ohjeistuksen mukaisesti.', 'defensive'],
    ['Kyseessä on valmistajan vika, johon emme voi vaikuttaa.', 'defensive'],
    ['Me emme ole tehneet tässä mitään väärin.', 'defensive'],
    ['Laskutus perustuu mittarin lukemaan, eikä siinä ole virhettä.', 'defensive'],
    ['Henkilökunta on koulutettu toimimaan juuri näin.', 'defensive'],
    ['Viive johtuu Postista, ja siihen meillä ei ole vaikutusmahdollisuuksia.', 'defensive'],
    ['Olemme noudattaneet lakia ja sopimusta kaikilta osin.', 'defensive'],
    ['Ei tämä nyt mikään iso ongelma ole.', 'dismissive'],
    ['Tällaisia pikkuvikoja tulee aina joskus, ei kannata huolestua.', 'dismissive'],
    ['Summa on niin pieni, ettei sitä kannata ruveta selvittelemään.', 'dismissive'],
    ['Kyllä se siitä, odota vain rauhassa.', 'dismissive'],
    ['Ymmärrän, mutta tämä ei nyt ole maailman suurin ongelma.', 'dismissive'],
    ['Tuo on vähän liioittelua.', 'dismissive'],
    ['Lue viesti uudelleen, niin huomaat, että vastaus on siinä.', 'passive-aggressive'],
    ['Kuten jo useasti on todettu, hinta sisältää arvonlisäveron.', 'passive-aggressive'],
    ['Liitän ohjeen nyt kolmatta kertaa.', 'passive-aggressive'],
    ['Ihmettelen, ettet ole vieläkään lukenut sopimusta.', 'passive-aggressive'],
    ['Oletin, että tämä olisi ollut selvää jo ensimmäisestä viestistä.', 'passive-aggressive'],
    ['Yritetään nyt vielä kerran.', 'passive-aggressive'],
    ['Toimeksianto on nyt työjonossa odottamassa allokointia.', 'jargon'],
    ['Reklamaatiosi on kirjattu CRM:ään.', 'jargon'],
    ['Palvelupyyntösi status on pending.', 'jargon'],
    ['Kuljetus tehdään FCA-ehdoin.', 'jargon'],
    ['Etuuden maksatus edellyttää tulotietojen täsmäytystä.', 'jargon'],
    ['Lahjakortteja ei lunasteta rahaksi.', 'negative-framing'],
    ['Vanhentuneita kuponkeja emme hyväksy.', 'negative-framing'],
    ['Ajanvarausta ei voi siirtää enää.', 'negative-framing'],
    ['Tätä emme valitettavasti pysty tekemään.', 'negative-framing'],
    ['Hyvitystä ei makseta käteisenä.', 'negative-framing'],
  ])('finds it: %s', (text, category) => expect(categories(text)).toContain(category));
  it.each([
    'Kiitos, että lähetit kuitin. Hyvitys on nyt tililläsi.',
    'Jos tilinumero on väärä, maksu palautuu meille, ja otamme sinuun yhteyttä.',
    'Tarkistin laskun, ja siinä oli virhe: hyvitämme 20 euroa.',
    'Kuljettaja ohitti pysäkin, ja pyydän sitä anteeksi.',
    'Kaikki asiakkaat saavat saman alennuksen automaattisesti.',
    'Vastuu tuotteesta on meillä, kunnes se on toimitettu sinulle.',
    'Hinta on tavallista korkeampi, koska kyse on pikatoimituksesta, ja voit valita myös tavallisen toimituksen.',
    'Pieni naarmu ei vaikuta takuuseen, joten vaihdamme laitteen.',
    'Muistathan ottaa kuitin mukaan, kun tulet noutamaan laitetta.',
    'Lähetin ohjeen uudelleen, koska edellisessä viestissä linkki ei toiminut.',
    'Käydään asia yhdessä läpi puhelimessa torstaina klo 10.',
    'Tiedot löytyvät myös sovelluksesta kohdasta Omat tiedot.',
    'Emme voi korvata laitetta, mutta korjaamme sen maksutta.',
    'Palvelua ei tarjota yksityisasiakkaille, mutta kuluttajille on oma palvelumme, jonka linkin liitin viestiin.',
    'Toimitusaika on kaksi päivää, ja saat seurantakoodin tekstiviestinä.',
    'Tarkistin asian kuljetusliikkeeltä, ja paketti on nyt matkalla.',
    'Ohje on liitteenä, ja sen kohta 3 kertoo, miten lomake täytetään.',
    'Päätös perustuu hallintolakiin, ja voit hakea siihen oikaisua 30 päivän kuluessa.',
    'Sinulla on oikeus saada korvaus, ja maksamme sen perjantaina.',
    'Vian syy oli reitittimessäsi, joten lähetämme sinulle uuden maksutta.',
    'Hei Sanna, kiitos viestistä. Lasku on nyt korjattu, ja uusi lasku tulee sähköpostiisi huomenna.',
    'Koska hakemuksesi oli täydellinen, päätös tehtiin heti.',
    'Tuote on pesty ohjeen mukaan, joten reklamaatio hyväksytään ja saat uuden tilalle.',
    'Paketti palautui varastoon, koska noutoaika umpeutui. Lähetin sen uudelleen, ja se on perillä torstaina.',
    'Asiakaspalvelumme on auki arkisin klo 8–16.',
    'Valmistaja vastaa takuusta, ja hoidan yhteydenpidon heihin puolestasi.',
    'Olemme tarkistaneet mittarilukeman, ja laskussa oli virhe, jonka korjaamme.',
    'Tarjous on voimassa vain verkkokaupassa, mutta myymälässä saat saman hinnan, kun näytät tämän viestin.',
    'Pieni viive on mahdollinen joulun alla, joten lähetän seurantakoodin heti kun paketti lähtee.',
    'Lue ohjeet rauhassa, ja soita, jos jokin jää epäselväksi.',
    'Liitän ohjeen tähän vielä kerran, jotta sinun ei tarvitse etsiä sitä.',
    'Käydään asiat läpi yhdessä, kun soitan torstaina klo 10.',
    'Lahjakortin voi käyttää kaikissa myymälöissämme, ja sen voimassaoloa voi jatkaa.',
    'Ajan voi siirtää sovelluksessa, tai voin siirtää sen puolestasi.',
    'Ymmärrän, että tämä harmittaa, ja korjaan asian heti.',
    'Kysyit, voiko hyvityksen saada käteisenä: se maksetaan tilillesi, ja se näkyy siellä kahden päivän kuluessa.',
    'Lähetit hakemuksen 3.5., ja se on nyt käsittelyssä; päätös tulee viimeistään 20.5.',
    'Koska muutit toiselle paikkakunnalle, sinulle kuuluu nyt uusi terveysasema.',
    'Kortti oli vanhentunut, joten tilasin sinulle uuden, ja se tulee postissa perjantaina.',
    'Tilauksesi viivästyi, koska valmistajalla oli toimitusongelmia. Pahoittelen odotusta.',
    'Vahinko on korvattu, ja rahat ovat tililläsi huomenna.',
    'Jos olisit halunnut, olisimme voineet toimittaa paketin myös kotiin – kerro, jos haluat sen ensi kerralla.',
    'Asia on käsitelty, ja päätös on myönteinen.',
    'Olen lähettänyt sinulle uuden salasanan tekstiviestillä.',
    'Kuten puhelimessa sovimme, asentaja tulee torstaina klo 8–10.',
    'Muistathan ottaa henkilöllisyystodistuksen mukaan.',
    'Tarkistin asian: laskussa oli virhe, ja lähetän korjatun laskun tänään.',
    'Emme ole saaneet vielä liitettä, joten voisitko lähettää sen tähän viestiin?',
    'Kaikki asiakkaat saavat tiedotteen sähköpostiin viikkoa ennen katkoa.',
    'Ymmärrän hyvin, että viive on harmillinen, ja hyvitän kuukauden maksun.',
    'Hinta on sama kuin viime vuonna, eikä siihen tule korotusta.',
    'Saat hyvityksen tilillesi viimeistään perjantaina.',
    'Vastaus kysymykseesi on kyllä: voit tuoda lemmikin mukaan.',
    'Tietosi on tallennettu, eikä niitä luovuteta eteenpäin.',
    'Ohje on liitteenä, ja soitan sinulle huomenna varmistaakseni, että kaikki toimii.',
    'Kiitos, että jaksoit odottaa! Paketti on nyt matkalla.',
    'Toivottavasti tämä auttaa, ja palaan asiaan torstaina klo 12.',
    'Lasku on vain 12 euroa, koska hyvitimme siitä viivästyksen osuuden.',
    'Viive johtui kuljetusliikkeen ruuhkasta, ja olen pahoillani siitä.',
    'Virhe oli järjestelmässämme, ja korjasimme sen eilen.',
    'Tiedot päivittyvät yön aikana, joten näet uuden saldon huomenna aamulla.',
    'Voit maksaa laskun kahdessa erässä ilman lisäkuluja.',
    'Jatkossa lähetämme muistutuksen myös tekstiviestillä, jotta tällaista ei enää tapahdu.',
    'Palautus on maksuton, ja saat palautuslapun sähköpostiisi.',
    'Lääkäri soittaa sinulle huomenna klo 10–12.',
    'Hakemuksesi on hyväksytty, ja tuki maksetaan 5.6.',
    'Et ole myöhässä mistään: eräpäivä on vasta ensi viikolla.',
    'Sinun ei tarvitse tehdä mitään, sillä korjaamme laskun itse.',
    'Vastaan mielelläni uudelleen, jos jokin jäi epäselväksi.',
    'Liitteenä on hinnasto, josta näet kaikkien palveluiden hinnat.',
    'Tilaus peruttiin pyyntösi mukaisesti, ja rahat palautetaan kortillesi.',
    'Reititin kannattaa käynnistää uudelleen, niin yhteys palautuu yleensä heti.',
    'Sopimuksen voi irtisanoa milloin tahansa ilman kuluja.',
    'Hyvä, että otit yhteyttä heti, niin ehdimme pysäyttää maksun.',
  ])('stays quiet: %s', (text) => expect(categories(text)).toEqual([]));
});

describe('Finnish round 7: clean replies stay clean, and steps in words without "ymmärrän" (own sentences)', () => {
  it.each<[string, string[]]>([
    // The writer's own unclear text admitted ("ei kerrottu selvästi") is no reproach; the question "Eikö … selvästi?" is.
    ['Eikö kirjeessä kerrottu selvästi, että maksu erääntyy kuun lopussa?', ['passive-aggressive']],
    ['Kirjeessä kerrottiin selvästi, että maksu erääntyy kuun lopussa.', ['passive-aggressive']],
    // The payroll trade's words are jargon to a wage earner.
    ['Palkka-aineisto lähtee pankkiin tänään, ja palkka on tililläsi huomenna.', ['jargon']],
    // A law cited on its own is jargon; a law cited for what the organisation did is defending.
    ['Päätös on tehty hallintolain mukaisesti.', ['jargon']],
    ['Korvaus maksetaan sähkömarkkinalain edellyttämällä tavalla.', ['jargon']],
    ['Olemme toimineet täysin kuluttajansuojalain mukaisesti.', ['defensive']],
    ['Kuljettaja on toiminut tieliikennelain edellyttämällä tavalla.', ['defensive']],
    // The rulebook in the first person plural, and "korjaustyöt" (a noun) is no fix offered.
    ['Asennus tehtiin ohjeidemme mukaisesti.', ['defensive']],
    ['Henkilökuntamme toimi sääntöjemme mukaisella tavalla.', ['defensive']],
    ['Korjaustyöt tehtiin sopimuksen mukaisesti.', ['defensive']],
    // A refusal with nothing in its place.
    ['En pysty poistamaan maksua.', ['negative-framing']],
    // A passive that promises with no time.
    ['Asiaa tutkitaan.', ['vague-promise']],
    ['Laskutusvirhettä selvitetään, ja palaamme asiaan.', ['vague-promise']],
    ['Palaamme asiaan, kun saamme lisätietoa.', ['vague-promise']],
    ['Kerromme lisää, kun tiedämme enemmän.', ['vague-promise']],
    // The trouble made small: "nothing complicated in it".
    ['Asiassa ei ole mitään monimutkaista.', ['dismissive']],
    ['Lomakkeen täyttämisessä ei ole mitään vaikeaa.', ['dismissive']],
    ['Sovelluksen päivittämisessä ei ole yhtään hankalaa.', ['dismissive']],
    // "Nobody else has complained" makes the customer the odd one out: dismissive, and only that.
    ['Kukaan muu ei ole valittanut tästä.', ['dismissive']],
    ['Kukaan ei ole aiemmin valittanut tästä tuotteesta.', ['dismissive']],
    ['Emme ole saaneet muita valituksia tästä tuotteesta.', ['defensive']],
    // Something missing, and the consequence a problem for the customer: blame.
    ['Liite puuttui, joten hakemus jäi käsittelemättä.', ['blame']],
    ['Hakemuksestasi puuttui liite, joten käsittely viivästyi.', ['blame']],
  ])('hints it as it is: %s', (text, expected) => expect(categories(text)).toEqual(expected));

  it.each([
    'Pahoittelen, ettei kirjeessä kerrottu selvästi, mistä summa muodostui.',
    'Tiedotteessa ei mainittu selkeästi, että uimahalli sulkeutuu, ja lisäämme sen nyt.',
    'Sopimusehdoissa ei todettu selkeästi, milloin irtisanomisaika alkaa, ja se on meidän virheemme.',
    'Hinnastossa ei ole ilmoitettu selvästi toimitusmaksua, joten lisäämme sen sinne.',
    'Palkka-aineiston voi lähettää pankkiin vielä huomenna klo 12 asti, joten työntekijöidesi palkat ehtivät ajallaan.',
    'Hei Mika,\n\nnollasin tunnuksesi. Palkka-aineisto lähtee pankkiin tänään, ja palkanmaksupäivä pysyy ennallaan.',
    'Maksuaineiston voit lähettää pankkiin vielä tänään, joten maksat palkat ajallaan.',
    'Vika korjattiin eilen, ja työ tehtiin sopimuksen mukaisesti.',
    'Voit palauttaa tuotteen ohjeidemme mukaisesti 30 päivän kuluessa.',
    'En pysty poistamaan maksua, mutta sinulla on kaksi vaihtoehtoa.',
    'Lippua ei voi vaihtaa rahaksi, mutta vaihtoehtoja on kaksi: arvoseteli tai uusi matka.',
    'Emme voi hyvittää koko summaa, mutta ehdotan, että jaamme kulut puoliksi.',
    'Lasku perustui arviolukemaan eli laskelmaan, jossa kulutus arvioidaan edellisten vuosien perusteella.',
    'Vuokra tarkistetaan vuosittain elinkustannusindeksin mukaan.',
    'Tulot tarkistetaan verotietojen perusteella, ja päätös tulee postissa 14.1.',
    // A standing practice from now on is no promise about this case.
    'Ensi kerralla ilmoitamme myöhästymisestä sovelluksessa heti, kun saamme tiedon.',
    'Jatkossa lähetämme tekstiviestin aina, kun saamme tiedon katkosta.',
    'Tästä lähtien ilmoitamme muutoksista heti, kun tiedämme enemmän.',
    'Sinun ei tarvitse tehdä mitään monimutkaista: riittää, että vastaat tähän viestiin.',
    'Hakemuksessasi ei ole mitään puutteita.',
    'Ei ole mitenkään outoa, että tilanne mietityttää.',
    'Jos jokin vaihe tuntuu vaikealta, soita minulle.',
    // Something missing named neutrally, and the consequence the writer's help.
    'Huomasin, että liite puuttui, joten lähetän sinulle linkin, jolla sen voi lisätä.',
    'Lomakkeesta puuttui allekirjoitus, joten liitän mukaan uuden lomakkeen valmiiksi täytettynä.',
    'Lähetit lomakkeen ilman liitettä, joten soitan sinulle huomenna ja täydennämme sen yhdessä.',
  ])('stays quiet: %s', (text) => expect(categories(text)).toEqual([]));

  const steps = (text: string) => analyze(text, { lang: 'fi', ruleset }).steps;
  it.each([
    'Arvosanan lasku on varmasti herättänyt kotona kysymyksiä.',
    'Tarkastus muiden matkustajien edessä tuntuu helposti nöyryyttävältä.',
    'Yö lentokentällä lasten kanssa on uuvuttava kokemus.',
    'Yllättävän suurta laskua ei ole kenellekään mukava avata.',
    'Olet varmasti pettynyt päätökseen.',
    'Muuton keskellä tämä on varmasti ollut kova paikka.',
    'Tsemppiä toipumiseen!',
    'Pikaista paranemista!',
  ])('empathises: %s', (text) => expect(steps(text).empathize).toBe(true));
  it.each([
    'Jos olet pettynyt palveluun, voit tehdä valituksen kuluttajaneuvontaan.',
    'Kiva kuulla, että treenit jatkuvat pyhinäkin!',
    'Tsemppiä päivään!',
    'Tämä on varmasti tärkeää, joten lue ohje huolella.',
  ])('does not empathise: %s', (text) => expect(steps(text).empathize).toBe(false));
  it.each(['Hyvä, että ehdit liikkeelle ajoissa.', 'Hienoa, että muistit tallentaa kuitin.'])('thanks: %s', (text) =>
    expect(steps(text).thank).toBe(true),
  );
  it.each(['Olen todella pahoillani, että käynti jäi eilen väliin.', 'Olemme erittäin pahoillamme viivästyksestä.'])('apologises: %s', (text) =>
    expect(steps(text).apologize).toBe(true),
  );
  it('does not apologise for someone else’s sorrow', () => expect(steps('Hän oli todella pahoillaan tapahtuneesta.').apologize).toBe(false));
  it('does not thank for a fact about the customer', () => expect(steps('Ehdit vielä hakea tukea tammikuun loppuun.').thank).toBe(false));
  it.each([
    'Uuden tunnuksen voi hakea jo nyt osoitteessa pysakointi.example.fi.',
    'Voit tilata uuden kortin osoitteessa kortit.example.fi/tilaa.',
    'Voit maksaa summan kerralla tai hakea maksusuunnitelmaa OmaKelassa.',
    'Lasku on nyt oikaistu, ja uusi eräpäivä on 31.12.',
  ])('gives a next step: %s', (text) => expect(steps(text)['next-steps']).toBe(true));
  it.each([
    'Toimistomme sijaitsee osoitteessa Valimotie 9.',
    'Lomaketta ei voi enää täyttää osoitteessa lomakkeet.example.fi.',
    'Laskun eräpäivä oli 1.12.',
  ])('gives no next step: %s', (text) => expect(steps(text)['next-steps']).toBe(false));
});
