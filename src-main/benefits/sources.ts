// Source URLs of the rules and figures (official pages and legislation, checked 2026-11-23).
export const SRC = {
  tyel47: 'http://www.saadospalvelu.fi/fi/lainsaadanto/pykala/20060395/O2:L3:P47',
  tyedl: 'https://www.telp.fi/lainsaadanto/20090738/#P3',
  varmaWorking: 'https://varma.fi/en/pensions/during-retirement/working-during-retirement',
  kevaLimits:
    'https://www.keva.fi/uutiset-ja-artikkelit/muistutus-ansaintarajoista-tyokyvyttomyys--ja-osatyokyvyttomyyselakkeella/',
  suspension:
    'https://tietyoelamaan.fi/keinot-tyokyvyn-tueksi/tyoelamassa/toimeentulo-ja-etuudet/elakkeen-lepaamaan-jattaminen/',
  kelaDisabilityWorking: 'https://www.kela.fi/web/en/disability-pension-and-rehabilitation-working',
  vernerWorking: 'https://www.verneri.net/yleis/tyonteko-tyokyvyttomyyselakkeella',
  vernerGuarantee: 'https://www.verneri.net/yleis/takuuelake',
  kelaGuarantee: 'https://www.kela.fi/takuuelake',
  pensionFloor2025:
    'https://www.mtvuutiset.fi/artikkeli/kansanelakkeen-saajien-maara-on-vahentynyt-taustalla-kaksi-asiaa/9298934',
  kelaIndex2025:
    'https://www.sttinfo.fi/tiedote/70583618/kansanelakeindeksi-tuo-10-prosentin-korotuksen-vain-osaan-kelan-etuuksista-monet-etuudet-pysyvat-vuoden-2024-tasolla?lang=fi',
  kelaIndex2026:
    'https://www.sttinfo.fi/tiedote/71527003/kansanelakeindeksi-tuo-05-prosentin-korotuksen-osaan-kelan-etuuksista-moni-etuus-pysyy-vuoden-2025-tasolla?lang=fi',
  kelaAdjusted: 'https://www.kela.fi/soviteltu-tyottomyysetuus',
  kelaGotWork: 'https://www.kela.fi/saitko-toita',
  protectedAmountBefore: 'https://a-kassa.fi/suojaosan-poisto-2024/',
  protectedAmountAbolished:
    'https://www.prokassa.fi/uutiset/300-euron-suojaosa-poistuu-1.4.2024-tai-sen-jalkeen-alkavista-hakujaksoista.html',
  ytkAdjusted: 'https://www.ytkkassa.fi/ansioturvaopas/soviteltu-ansiopaivaraha/sovitellun-ansiopaivarahan-maara/',
  yleistuki: 'https://www.sttinfo.fi/tiedote/71696995/yleistuki-korvaa-kelan-tyottomyystuet-toukokuussa-2026?lang=fi',
  housingChanges: 'https://www.kela.fi/muutokset-tukiin',
  housingIncome: 'https://www.kela.fi/asumisen-tuet-tulojen-vaikutus',
  housingDecision2025: 'https://susuliini.blogspot.com/2025/10/16102025-paatos-asumistuesta.html',
  housingBaseDeductible: 'https://www.kela.fi/perusomavastuu',
  housingReview: 'https://www.kela.fi/tulojen-vaikutus-asumistukeen-ja-opintorahaan',
  housingOtherBenefits: 'https://www.kela.fi/yleinen-asumistuki-muiden-etuuksien-vaikutus',
  socialIncome: 'https://www.kela.fi/toimeentulotuki-tulot-jotka-vaikuttavat',
  socialNotIncome: 'https://www.kela.fi/toimeentulotuki-tulot-jotka-eivat-vaikuta',
  socialReform2026: 'https://www.sttinfo.fi/tiedote/71798661',
  enforcementHow:
    'https://ulosottolaitos.fi/fi/index/tietoaulosotosta/tietoavelalliselle/mitenulosmitattavamaaralasketaan.html',
  enforcement2024:
    'https://oikeusministerio.fi/-/ulosoton-suojaosuuteen-ja-velkajarjestelyssa-huomioon-otettaviin-valttamattomiin-elinkustannuksiin-korotus-vuoden-alussa',
  enforcement2025: 'https://finlex.fi/fi/lainsaadanto/2024/645',
  disabilityAllowance: 'https://www.kela.fi/vammaistuki-aikuiselle-maara-ja-maksaminen',
  careAllowance: 'https://www.kela.fi/elaketta-saavan-hoitotuki-maara',
} as const
