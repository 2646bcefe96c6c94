// What the demo's allegations are about: realistic, invented matters, each classified as professional
// standards departments would (Standard, IOPC category, thematic tags). Never real events or people.
import type { CaseSource, IopcCategory, Standard, ThematicTag } from '../../../shared/case-vocabulary.js';

export type AllegationKind = { description: string; standard: Standard; category: IopcCategory; tags: readonly ThematicTag[]; place: string };

const kind = (description: string, standard: Standard, category: IopcCategory, tags: readonly ThematicTag[], place: string): AllegationKind =>
  ({ description, standard, category, tags, place });

export const ALLEGATIONS = {
  rudeAtStop: kind('Spoke to the driver rudely and dismissively at a roadside stop and would not give a name or number', 'authority_respect_courtesy', 'individual_behaviours', [], 'Roadside stop, Lewisham'),
  rudeOnPhone: kind('Was curt and dismissive on the phone to a caller reporting antisocial behaviour', 'authority_respect_courtesy', 'individual_behaviours', [], 'Telephone call'),
  excessiveForce: kind('Used more force than necessary when handcuffing a man during an arrest, injuring his wrist', 'use_of_force', 'police_powers', ['use_of_force'], 'High Street, Croydon'),
  rudeDuringArrest: kind('Swore at the man being arrested and mocked him in front of his children', 'authority_respect_courtesy', 'individual_behaviours', [], 'High Street, Croydon'),
  injuryInVan: kind('Took a detained woman to the ground in the custody yard; she was taken to hospital with a fractured cheekbone', 'use_of_force', 'police_powers', ['use_of_force'], 'Custody yard, Brixton'),
  unlawfulSearch: kind('Searched a vehicle without grounds and did not give the driver a record of the search', 'orders_instructions', 'police_powers', [], 'Petrol station forecourt, Enfield'),
  damageDuringSearch: kind('Damaged the lining and seats of the car during the search and left it unsecured', 'duties_responsibilities', 'handling_of_property', [], 'Petrol station forecourt, Enfield'),
  failedToRecordSearch: kind('Did not record a stop and search on the day, as force policy requires', 'duties_responsibilities', 'police_powers', [], 'Camden Town'),
  failedToInvestigate: kind('Closed a reported burglary without visiting the victim or checking the CCTV offered', 'duties_responsibilities', 'delivery_of_duties', [], 'Residential address, Harrow'),
  noUpdatesVictim: kind('Gave a victim of a hate crime no update for ten weeks and did not return calls', 'duties_responsibilities', 'delivery_of_duties', [], 'Telephone and email'),
  lostProperty: kind('Lost a mobile phone seized as evidence; it was not booked into the property store', 'duties_responsibilities', 'handling_of_property', [], 'Property store, Walworth'),
  vehicleDriving: kind('Drove a marked car at speed through a red light with no emergency call assigned', 'duties_responsibilities', 'police_vehicles', [], 'A406 North Circular'),
  racistRemarkStop: kind('Told a young Black man during a stop that "people like you" are always carrying something', 'equality_diversity', 'discriminatory_behaviour', ['racism'], 'Bus stop, Tottenham'),
  disabilityMocking: kind('Mimicked the speech of a disabled man while taking his statement', 'equality_diversity', 'discriminatory_behaviour', ['other_discrimination'], 'Front counter, Ilford'),
  systemsMisuse: kind('Searched police systems for a neighbour involved in a parking dispute, with no policing purpose', 'confidentiality', 'information', ['information_misuse'], 'Police systems'),
  disclosedInvestigation: kind('Told a friend that their son was about to be arrested', 'confidentiality', 'information', ['information_misuse', 'dishonesty'], 'Private conversation'),
  sexistChat: kind('Posted demeaning comments about women colleagues’ appearance in a team WhatsApp group', 'discreditable_conduct', 'individual_behaviours', ['misogyny', 'online_conduct'], 'Team WhatsApp group'),
  racistMemes: kind('Shared racist memes in a private messaging group of serving officers', 'equality_diversity', 'discriminatory_behaviour', ['racism', 'online_conduct'], 'Private messaging group'),
  homophobicLanguage: kind('Used homophobic slurs about a detained man in the custody suite', 'equality_diversity', 'discriminatory_behaviour', ['homophobia'], 'Custody suite, Wembley'),
  failedToChallenge: kind('Heard a colleague’s racist remark about a detainee and neither challenged nor reported it', 'challenging_reporting', 'discriminatory_behaviour', ['racism'], 'Custody suite, Wembley'),
  unwantedTouching: kind('Touched a woman colleague’s thigh and made sexual comments at a leaving do', 'discreditable_conduct', 'sexual_conduct', ['sexual_harassment', 'misogyny'], 'Public house, Westminster'),
  predatoryProbationers: kind('Sent repeated late-night messages to probationers they supervised, asking them to meet alone', 'discreditable_conduct', 'sexual_conduct', ['predatory_behaviour', 'sexual_harassment', 'misogyny'], 'Messages and social media'),
  messagesToWitness: kind('Sent personal messages to a young woman who was a witness in a burglary they were investigating', 'discreditable_conduct', 'abuse_of_position', ['predatory_behaviour'], 'Messages and social media'),
  relationshipWithVictim: kind('Began a sexual relationship with a vulnerable victim of domestic abuse met while on duty', 'discreditable_conduct', 'abuse_of_position', ['abuse_of_position_sexual_purpose', 'predatory_behaviour'], 'Victim’s home address'),
  domesticAssault: kind('Arrested after their partner reported being assaulted at home; released on bail with conditions', 'discreditable_conduct', 'discreditable_conduct', ['domestic_abuse'], 'Home address'),
  coerciveControl: kind('Controlling and coercive behaviour towards a former partner, including tracking her phone', 'discreditable_conduct', 'discreditable_conduct', ['domestic_abuse'], 'Home address'),
  overtimeClaims: kind('Claimed overtime for shifts not worked, on eleven occasions over four months', 'honesty_integrity', 'abuse_of_position', ['dishonesty'], 'Duty management system'),
  undeclaredBusiness: kind('Ran a security company without declaring it as a business interest', 'honesty_integrity', 'other', ['dishonesty'], 'Off duty'),
  misleadingStatement: kind('Gave a statement about the arrest that body-worn video shows to be inaccurate', 'honesty_integrity', 'police_powers', ['dishonesty'], 'Custody suite, Brixton'),
  drinkDriving: kind('Arrested off duty for driving with excess alcohol', 'discreditable_conduct', 'discreditable_conduct', [], 'Off duty, Bromley'),
  unfitAlcohol: kind('Reported for an early shift smelling strongly of alcohol and unsteady', 'fitness_for_work', 'individual_behaviours', [], 'Parade room, Hounslow'),
  disobeyedOrder: kind('Refused a sergeant’s lawful order to attend a scene', 'orders_instructions', 'other', [], 'Response team base'),
  bullying: kind('Belittled and shouted at junior colleagues in briefings over several months', 'authority_respect_courtesy', 'individual_behaviours', [], 'Response team base'),
  socialMediaPosts: kind('Posted offensive comments about Gypsy and Traveller communities on a public social media account', 'discreditable_conduct', 'discreditable_conduct', ['other_discrimination', 'online_conduct'], 'Public social media account'),
  undeclaredCaution: kind('The national database shows a caution for common assault in 2023 that was never declared to the force', 'honesty_integrity', 'other', ['dishonesty'], 'Data wash against the Police National Database'),
  leakingCustodyInfo: kind('Suspected of passing custody and intelligence information to an organised crime group', 'honesty_integrity', 'abuse_of_position', ['corruption', 'information_misuse', 'criminal_links'], 'Police systems'),
  undeclaredAssociation: kind('Undeclared association with a licensee under investigation; accessed the licensing file repeatedly', 'honesty_integrity', 'abuse_of_position', ['corruption', 'information_misuse'], 'Licensing records'),
  drugSupply: kind('Arrested on suspicion of being concerned in the supply of controlled drugs; charged and bailed', 'discreditable_conduct', 'discreditable_conduct', ['criminal_links'], 'Off duty, Romford'),
  associateLookups: kind('Looked up an associate with convictions for fraud on police systems on several occasions', 'confidentiality', 'information', ['information_misuse', 'criminal_links'], 'Police systems'),
} as const satisfies Record<string, AllegationKind>;

/** The ordinary run of matters, by where they come from. */
export const ORDINARY_BY_SOURCE: Record<Exclude<CaseSource, 'iopc_referral_back'>, readonly AllegationKind[]> = {
  public_complaint: [ALLEGATIONS.rudeAtStop, ALLEGATIONS.rudeOnPhone, ALLEGATIONS.excessiveForce, ALLEGATIONS.unlawfulSearch, ALLEGATIONS.failedToInvestigate,
    ALLEGATIONS.noUpdatesVictim, ALLEGATIONS.lostProperty, ALLEGATIONS.vehicleDriving, ALLEGATIONS.racistRemarkStop, ALLEGATIONS.disabilityMocking],
  conduct_matter: [ALLEGATIONS.failedToRecordSearch, ALLEGATIONS.systemsMisuse, ALLEGATIONS.disclosedInvestigation, ALLEGATIONS.sexistChat, ALLEGATIONS.racistMemes,
    ALLEGATIONS.drinkDriving, ALLEGATIONS.unfitAlcohol, ALLEGATIONS.disobeyedOrder, ALLEGATIONS.socialMediaPosts, ALLEGATIONS.misleadingStatement,
    ALLEGATIONS.failedToChallenge, ALLEGATIONS.undeclaredBusiness, ALLEGATIONS.coerciveControl],
  whistleblower: [ALLEGATIONS.homophobicLanguage, ALLEGATIONS.bullying, ALLEGATIONS.predatoryProbationers],
  integrity_line: [ALLEGATIONS.sexistChat, ALLEGATIONS.bullying, ALLEGATIONS.overtimeClaims],
  data_wash: [ALLEGATIONS.undeclaredCaution],
};

/** Case summaries, as an intake officer would write them. */
export const SUMMARY_BY_SOURCE: Record<CaseSource, readonly string[]> = {
  public_complaint: ['Complaint made online by a member of the public', 'Complaint made at the front counter', 'Complaint by letter, passed on by an MP’s office', 'Complaint by email to the borough command'],
  conduct_matter: ['Reported by a supervisor', 'Identified by a line manager in a routine audit', 'Reported by a colleague to the duty inspector', 'Referred by the borough command'],
  whistleblower: ['Reported under the force’s whistleblowing policy by a colleague who asked not to be named'],
  integrity_line: ['Anonymous report on the integrity line'],
  iopc_referral_back: ['Referred to the IOPC and returned for local investigation'],
  data_wash: ['Found by the data wash of the workforce against the national databases'],
};
