import { options } from '../fields'

export const goalTypeOptions = options(
  ['competitive-work', 'Palkkatyö avoimilla työmarkkinoilla'],
  ['keep-job', 'Nykyisen työpaikan säilyttäminen'],
  ['study', 'Opiskelu'],
  ['finish-degree', 'Tutkinnon loppuun saattaminen'],
)

export const contactChannelOptions = options(
  ['phone', 'Puhelin'],
  ['sms', 'Tekstiviesti'],
  ['email', 'Sähköposti'],
  ['secure-message', 'Suojattu viesti'],
  ['video', 'Videotapaaminen'],
  ['home-visit', 'Kotikäynti'],
)

export const defaultCoachResponsibilities =
  'Työhönvalmentaja tukee asiakasta hänen omien toiveidensa mukaisen työn tai opiskelupaikan löytämisessä ja ' +
  'säilyttämisessä: kartoittaa osaamisen ja toiveet, etsii työpaikkoja yhdessä asiakkaan kanssa, on sovitusti ' +
  'yhteydessä työnantajiin ja tukee työsuhteen aikana niin kauan kuin asiakas tarvitsee.'

export const defaultCareTeamResponsibilities =
  'Hoitotaho vastaa asiakkaan hoidosta ja tukee työllistymistä osana hoitoa. Hoitotahon yhteyshenkilö ja ' +
  'työhönvalmentaja tekevät yhteistyötä ja tapaavat tarvittaessa yhdessä asiakkaan kanssa.'

export const defaultContactLostPlan =
  'Jos yhteys katkeaa, työhönvalmentaja ja hoitotaho yrittävät tavoittaa asiakkaan useilla eri tavoilla ' +
  '(puhelin, tekstiviesti, kirje, hoitotahon kautta ja sovitusti läheisen kautta). Valmennusta ei päätetä ' +
  'yksittäisten peruuntuneiden tapaamisten vuoksi. Jos asiakasta ei tavoiteta kahteen kuukauteen, valmennuksen ' +
  'päättämisestä sovitaan hoitotahon kanssa, ja asiakas voi aina palata valmennukseen.'
