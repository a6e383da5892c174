/**
 * The ten vocational programmes of upper secondary school (yrkesfaglige utdanningsprogram, the
 * structure in force since 2020) and their common apprenticeship trades (lærefag).
 * Codes are stable identifiers: programmes use Udir's two-letter codes, trades ASCII slugs.
 */
export interface Trade {
  code: string;
  label: string;
  labelEn: string;
  programmeCode: string;
}

export interface Programme {
  code: string;
  label: string;
  labelEn: string;
  trades: readonly Trade[];
}

type TradeRow = readonly [code: string, label: string, labelEn: string];

function programme(
  code: string,
  label: string,
  labelEn: string,
  rows: readonly TradeRow[],
): Programme {
  return {
    code,
    label,
    labelEn,
    trades: rows.map(([tradeCode, tradeLabel, tradeLabelEn]) => ({
      code: tradeCode,
      label: tradeLabel,
      labelEn: tradeLabelEn,
      programmeCode: code,
    })),
  };
}

export const PROGRAMMES: readonly Programme[] = [
  programme('BA', 'Bygg- og anleggsteknikk', 'Building and construction', [
    ['tomrer', 'Tømrerfaget', 'Carpentry'],
    ['rorlegger', 'Rørleggerfaget', 'Plumbing'],
    ['murer', 'Murer- og flisleggerfaget', 'Bricklaying and tiling'],
    ['maler', 'Malerfaget', 'Painting and decorating'],
    ['betong', 'Betongfaget', 'Concrete work'],
    ['anleggsmaskinforer', 'Anleggsmaskinførerfaget', 'Construction machinery operation'],
    ['anleggsgartner', 'Anleggsgartnerfaget', 'Landscape gardening'],
    ['veg-og-anlegg', 'Veg- og anleggsfaget', 'Road and civil construction'],
    [
      'ventilasjon-blikkenslager',
      'Ventilasjons- og blikkenslagerfaget',
      'Ventilation and sheet metal work',
    ],
    ['tak-og-membrantekker', 'Tak- og membrantekkerfaget', 'Roofing and membrane work'],
    ['stillasbygger', 'Stillasbyggerfaget', 'Scaffolding'],
    ['glass', 'Glassfaget', 'Glazing'],
    ['byggdrifter', 'Byggdrifterfaget', 'Building maintenance'],
  ]),
  programme('EL', 'Elektro og datateknologi', 'Electrical engineering and computer technology', [
    ['elektriker', 'Elektrikerfaget', 'Electrician'],
    ['automatisering', 'Automatiseringsfaget', 'Automation'],
    ['dataelektroniker', 'Dataelektronikerfaget', 'Computer electronics'],
    ['energimontor', 'Energimontørfaget', 'Power line installation'],
    ['energioperator', 'Energioperatørfaget', 'Power plant operation'],
    ['elektroreparator', 'Elektroreparatørfaget', 'Electrical repair'],
    ['heismontor', 'Heismontørfaget', 'Lift installation'],
    ['tavlemontor', 'Tavlemontørfaget', 'Switchboard assembly'],
    [
      'telekommunikasjonsmontor',
      'Telekommunikasjonsmontørfaget',
      'Telecommunications installation',
    ],
    [
      'fjernstyrte-undervannsoperasjoner',
      'Fjernstyrte undervannsoperasjoner',
      'Remotely operated underwater vehicles',
    ],
  ]),
  programme(
    'FD',
    'Frisør, blomster, interiør og eksponeringsdesign',
    'Hairdressing, floristry, interior and retail design',
    [
      ['frisor', 'Frisørfaget', 'Hairdressing'],
      ['blomsterdekorator', 'Blomsterdekoratørfaget', 'Floristry'],
      ['interior', 'Interiørfaget', 'Interior design'],
      ['eksponeringsdesign', 'Eksponeringsdesignfaget', 'Retail and exhibition design'],
      ['hudpleier', 'Hudpleierfaget', 'Beauty therapy'],
      ['maskor-og-parykkmaker', 'Maskør- og parykkmakerfaget', 'Make-up and wig making'],
    ],
  ),
  programme('HS', 'Helse- og oppvekstfag', 'Health, childhood and youth development', [
    ['helsearbeider', 'Helsearbeiderfaget', 'Health care work'],
    ['barne-og-ungdomsarbeider', 'Barne- og ungdomsarbeiderfaget', 'Child and youth work'],
    ['ambulanse', 'Ambulansefaget', 'Ambulance work'],
    ['aktivitor', 'Aktivitørfaget', 'Activity coordination'],
    ['portor', 'Portørfaget', 'Hospital porter work'],
    ['ortopediteknikk', 'Ortopediteknikkfaget', 'Orthopaedic technology'],
    ['tannhelsesekretaer', 'Tannhelsesekretærfaget', 'Dental assistance'],
  ]),
  programme(
    'IM',
    'Informasjonsteknologi og medieproduksjon',
    'Information technology and media production',
    [
      ['it-utvikler', 'IT-utviklerfaget', 'IT development'],
      ['informasjonsteknologi', 'Informasjonsteknologifaget', 'IT operations'],
      ['mediegrafiker', 'Mediegrafikerfaget', 'Graphic media production'],
      ['medieproduksjon', 'Medieproduksjonsfaget', 'Media production'],
      ['fotograf', 'Fotograffaget', 'Photography'],
    ],
  ),
  programme('NA', 'Naturbruk', 'Agriculture, fishing and forestry', [
    ['landbruk', 'Landbruksfaget', 'Agriculture'],
    ['akvakultur', 'Akvakulturfaget', 'Aquaculture'],
    ['fiske-og-fangst', 'Fiske- og fangstfaget', 'Fishing and catching'],
    ['skogbruk', 'Skogfaget', 'Forestry'],
    ['gartner', 'Gartnerfaget', 'Horticulture'],
    ['heste', 'Hestefaget', 'Horse care'],
    ['dyrefag', 'Dyrefaget', 'Animal care'],
    ['hovslager', 'Hovslagerfaget', 'Farriery'],
    ['reindrift', 'Reindriftsfaget', 'Reindeer husbandry'],
  ]),
  programme('RM', 'Restaurant- og matfag', 'Restaurant and food processing', [
    ['kokk', 'Kokkfaget', 'Cookery'],
    ['institusjonskokk', 'Institusjonskokkfaget', 'Institutional cookery'],
    ['servitor', 'Servitørfaget', 'Waiting'],
    ['baker', 'Bakerfaget', 'Baking'],
    ['konditor', 'Konditorfaget', 'Pastry making'],
    ['butikkslakter', 'Butikkslakterfaget', 'Retail butchery'],
    ['slakter', 'Slakterfaget', 'Butchery'],
    ['industriell-matproduksjon', 'Industriell matproduksjon', 'Industrial food production'],
    ['sjomatproduksjon', 'Sjømatproduksjonsfaget', 'Seafood processing'],
  ]),
  programme('SR', 'Salg, service og reiseliv', 'Sales, service and tourism', [
    ['salg', 'Salgsfaget', 'Sales'],
    ['reiseliv', 'Reiselivsfaget', 'Tourism'],
    ['resepsjon', 'Resepsjonsfaget', 'Reception'],
    ['kontor-og-administrasjon', 'Kontor- og administrasjonsfaget', 'Office and administration'],
    ['sikkerhet', 'Sikkerhetsfaget', 'Security'],
    ['renholdsoperator', 'Renholdsoperatørfaget', 'Cleaning services'],
    ['eiendomsforvaltning', 'Eiendomsforvaltningsfaget', 'Property management'],
  ]),
  programme('TP', 'Teknologi- og industrifag', 'Technical and industrial production', [
    ['industrimekaniker', 'Industrimekanikerfaget', 'Industrial mechanics'],
    ['kjemiprosess', 'Kjemiprosessfaget', 'Chemical process operation'],
    ['laboratorie', 'Laboratoriefaget', 'Laboratory work'],
    ['bil-lette-kjoretoy', 'Bilfaget, lette kjøretøy', 'Light vehicle mechanics'],
    ['bil-tunge-kjoretoy', 'Bilfaget, tunge kjøretøy', 'Heavy vehicle mechanics'],
    ['bilskade', 'Bilskadefaget', 'Vehicle body repair'],
    ['billakkerer', 'Billakkererfaget', 'Vehicle painting'],
    ['anleggsmaskinmekaniker', 'Anleggsmaskinmekanikerfaget', 'Construction machinery mechanics'],
    ['sveis', 'Sveisefaget', 'Welding'],
    ['platearbeider', 'Platearbeiderfaget', 'Sheet metal work'],
    ['cnc-maskinering', 'CNC-maskineringsfaget', 'CNC machining'],
    ['produksjonsteknikk', 'Produksjonsteknikkfaget', 'Production technology'],
    ['logistikk', 'Logistikkfaget', 'Logistics'],
    ['yrkessjafor', 'Yrkessjåførfaget', 'Professional driving'],
    ['matros', 'Matrosfaget', 'Able seaman'],
  ]),
  programme(
    'HD',
    'Håndverk, design og produktutvikling',
    'Crafts, design and product development',
    [
      ['mobelsnekker', 'Møbelsnekkerfaget', 'Furniture making'],
      ['mobeltapetserer', 'Møbeltapetsererfaget', 'Upholstery'],
      ['gullsmed', 'Gullsmedfaget', 'Goldsmithing'],
      ['smed', 'Smedfaget', 'Blacksmithing'],
      ['urmaker', 'Urmakerfaget', 'Watchmaking'],
      ['kjole-og-draktsyer', 'Kjole- og draktsyerfaget', 'Dressmaking'],
      ['skredder', 'Skredderfaget', 'Tailoring'],
      ['keramiker', 'Keramikerfaget', 'Ceramics'],
      ['treskjaerer', 'Treskjærerfaget', 'Woodcarving'],
      ['trebatbygger', 'Trebåtbyggerfaget', 'Wooden boat building'],
    ],
  ),
];
