// Name pools for the synthetic workforce, by ethnic background, with rough frequency weights (common names
// first and heavier). Built by hand from the shape of ONS baby-name and surname frequency tables, so that a
// generated workforce has the mix of names a UK force has; combinations are random and describe no one.
// Also the raw material of identity variants: nicknames, transliterations and common typos.
import type { Random } from '../demo/random.js';

export type NameOrigin = 'british' | 'irish' | 'polish' | 'south_asian_muslim' | 'indian' | 'black_african' | 'black_caribbean' | 'chinese' | 'arab' | 'turkish';

type Pool = { female: readonly string[]; male: readonly string[]; family: readonly string[] };

// Lists are ordered most-frequent first; `pickZipf` favours the head of the list.
export const NAME_POOLS: Record<NameOrigin, Pool> = {
  british: {
    female: ['Sarah', 'Emma', 'Claire', 'Laura', 'Rebecca', 'Amy', 'Louise', 'Gemma', 'Rachel', 'Nicola', 'Emily', 'Hannah', 'Jessica', 'Charlotte', 'Sophie', 'Lucy', 'Katie', 'Helen', 'Kelly', 'Lisa', 'Joanne', 'Victoria', 'Samantha', 'Jennifer', 'Stephanie', 'Amelia', 'Olivia', 'Grace', 'Chloe', 'Megan', 'Lauren', 'Kirsty', 'Jade', 'Natalie', 'Zoe', 'Karen', 'Michelle', 'Donna', 'Tracey', 'Alison', 'Catherine', 'Elizabeth', 'Jane', 'Ellie', 'Abigail', 'Bethany', 'Holly', 'Georgia', 'Isla', 'Rhiannon', 'Bethan', 'Cerys', 'Eilidh', 'Fiona', 'Kathryn', 'Deborah', 'Susan', 'Julie', 'Jacqueline', 'Amanda'],
    male: ['David', 'James', 'Daniel', 'Michael', 'Christopher', 'Matthew', 'Andrew', 'Mark', 'Paul', 'Thomas', 'Richard', 'Robert', 'John', 'Stephen', 'Adam', 'Simon', 'Jonathan', 'Lee', 'Craig', 'Gary', 'Ben', 'Jack', 'Samuel', 'Luke', 'Ryan', 'Oliver', 'Joshua', 'William', 'Harry', 'George', 'Alexander', 'Liam', 'Jamie', 'Nathan', 'Scott', 'Ian', 'Martin', 'Neil', 'Stuart', 'Kevin', 'Anthony', 'Peter', 'Steven', 'Carl', 'Wayne', 'Dean', 'Philip', 'Gareth', 'Rhys', 'Dylan', 'Callum', 'Connor', 'Jake', 'Joseph', 'Edward', 'Charlie', 'Alan', 'Graham', 'Keith', 'Nicholas'],
    family: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris', 'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Moore', 'Clark', 'Lee', 'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'James', 'Scott', 'Phillips', 'Watson', 'Davis', 'Parker', 'Price', 'Bennett', 'Young', 'Griffiths', 'Mitchell', 'Kelly', 'Cook', 'Carter', 'Richardson', 'Bailey', 'Collins', 'Bell', 'Shaw', 'Murphy', 'Miller', 'Cox', 'Richards', 'Khan', 'Marshall', 'Anderson', 'Simpson', 'Ellis', 'Adams', 'Singh', 'Begum', 'Wilkinson', 'Foster', 'Chapman', 'Powell', 'Webb', 'Rogers', 'Gray', 'Mason', 'Ali', 'Hunt', 'Hussain', 'Campbell', 'Matthews', 'Owen', 'Palmer', 'Holmes', 'Mills', 'Barnes', 'Knight', 'Lloyd', 'Butler', 'Russell', 'Barker', 'Fisher', 'Stevens', 'Jenkins', 'Murray', 'Dixon', 'Harvey', 'Graham', 'Pearson', 'Ahmed', 'Fletcher', 'Walsh', 'Kaur', 'Gibson', 'Howard', 'Andrews', 'Stewart', 'Elliott', 'Reynolds', 'Saunders', 'Payne', 'Fox', 'Ford', 'Pearce', 'Day', 'Brooks', 'West', 'Lawrence', 'Cole', 'Atkinson', 'Bradley', 'Spencer', 'Gill', 'Dawson', 'Ball', 'Burton', "O'Brien", 'Watts', 'Rose', 'Booth', 'Perry', 'Ryan', 'Grant', 'Wells', 'Armstrong', 'Francis', 'Rees', 'Hayes', 'Hart', 'Hudson', 'Newman', 'Barrett', 'Webster', 'Hunter', 'Gregory', 'Carr', 'Lowe', 'Page', 'Marsh', 'Riley', 'Dunn', 'Woods', 'Parsons', 'Berry', 'Stone', 'Reid', 'Holland', 'Hawkins', 'Harding', 'Porter', 'Robertson', 'Newton', 'Oliver', 'Reed', 'Kennedy', 'Williamson', 'Bird', 'Gardner', 'Shah', 'Dean', 'Lane', 'Cooke', 'Bates', 'Henderson', 'Parry', 'Burgess', 'Bishop', 'Walton', 'Burns', 'Nicholson', 'Shepherd', 'Ross', 'Cross', 'Long', 'Freeman', 'Warren', 'Nicholls', 'Hamilton', 'Byrne', 'Sutton', 'McDonald', 'Yates', 'Hodgson', 'Robson', 'Curtis', 'Hopkins', "O'Connor", 'Harper', 'Coleman', 'Watkins', 'Moss', 'McCarthy', 'Chambers', "O'Neill", 'Griffin', 'Sharp', 'Hardy', 'Wheeler', 'Potter', 'Osborne', 'Johnston', 'Gordon', 'Doyle', 'Wallace', 'George', 'Jordan', 'Hutchinson', 'Rowe', 'Burke', 'May', 'Pritchard', 'Gilbert', 'Willis', 'Higgins', 'Read', 'Miles', 'Stevenson', 'Stephenson', 'Hammond', 'Arnold', 'Buckley', 'Walters', 'Hewitt', 'Barber', 'Nelson', 'Slater', 'Austin', 'Sullivan', 'Whitehead', 'Mann', 'Frost', 'Lambert', 'Stephens', 'Blake', 'Akhtar', 'Lynch', 'Goodwin', 'Barton', 'Woodward', 'Thomson', 'Cunningham', 'Quinn', 'Barnett', 'Baxter', 'Bibi', 'Clayton', 'Nash', 'Greenwood', 'Jennings', 'Holt', 'Kemp', 'Poole', 'Gallagher', 'Bond', 'Stokes', 'Tucker', 'Davidson', 'Fowler', 'Heath', 'Norman', 'Middleton', 'Lawson', 'Banks', 'French', 'Stanley', 'Jarvis', 'Gibbs', 'Ferguson', 'Hayward', 'Carroll', 'Douglas', 'Dickinson', 'Todd', 'Barlow', 'Peters', 'Lucas', 'Knowles', 'Hartley', 'Miah', 'Simmons', 'Morton', 'Alexander', 'Field', 'Morrison', 'Norris', 'Townsend', 'Preston', 'Hancock', 'Thornton', 'Baldwin', 'Burrows', 'Briggs', 'Storey', 'Pollard', 'Lloyd-Jones', 'Llewellyn', 'Pugh', 'Vaughan', 'Howells', 'Jenkins-Price'],
  },
  irish: {
    female: ['Siobhan', 'Niamh', 'Aoife', 'Ciara', 'Sinead', 'Orla', 'Roisin', 'Mairead', 'Grainne', 'Caoimhe', 'Deirdre', 'Eileen', 'Bridget', 'Maeve'],
    male: ['Sean', 'Patrick', 'Ciaran', 'Declan', 'Conor', 'Eoin', 'Padraig', 'Cathal', 'Brendan', 'Kieran', 'Niall', 'Liam', 'Fergal', 'Darragh'],
    family: ['Murphy', 'Kelly', "O'Sullivan", 'Walsh', "O'Brien", 'Byrne', 'Ryan', "O'Connor", "O'Neill", 'Reilly', 'Doyle', 'McCarthy', 'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn', 'Moore', 'McLaughlin', "O'Carroll", 'Connolly', 'Daly', "O'Connell", 'Nolan', 'Brennan', 'Fitzgerald', 'Donnelly', 'Maguire', 'McGuinness'],
  },
  polish: {
    female: ['Anna', 'Katarzyna', 'Agnieszka', 'Magdalena', 'Joanna', 'Aleksandra', 'Monika', 'Ewa', 'Natalia', 'Marta', 'Karolina', 'Paulina', 'Ioana', 'Elena', 'Andreea', 'Kristina'],
    male: ['Piotr', 'Krzysztof', 'Tomasz', 'Pawel', 'Michal', 'Marcin', 'Jakub', 'Lukasz', 'Andrzej', 'Mateusz', 'Kamil', 'Adrian', 'Andrei', 'Mihai', 'Ionut', 'Darius'],
    family: ['Nowak', 'Kowalski', 'Wisniewski', 'Wojcik', 'Kowalczyk', 'Kaminski', 'Lewandowski', 'Zielinski', 'Szymanski', 'Wozniak', 'Dabrowski', 'Kozlowski', 'Jankowski', 'Mazur', 'Popescu', 'Ionescu', 'Popa', 'Radu', 'Dumitru', 'Petrov', 'Kazlauskas', 'Ozols'],
  },
  south_asian_muslim: {
    female: ['Aisha', 'Fatima', 'Maryam', 'Zainab', 'Ayesha', 'Sana', 'Amina', 'Hafsa', 'Khadija', 'Nadia', 'Saima', 'Shazia', 'Rubina', 'Samina', 'Nasreen', 'Farah', 'Yasmin', 'Rukhsana', 'Sadia', 'Iqra', 'Hina', 'Tahmina', 'Shamima', 'Nusrat'],
    male: ['Mohammed', 'Muhammad', 'Ahmed', 'Ali', 'Imran', 'Adnan', 'Asif', 'Tariq', 'Usman', 'Bilal', 'Hamza', 'Omar', 'Zubair', 'Shahid', 'Kamran', 'Faisal', 'Nadeem', 'Waqar', 'Zahid', 'Abdul', 'Rizwan', 'Irfan', 'Aftab', 'Shafiq', 'Rahim', 'Mahbub', 'Anwar'],
    family: ['Khan', 'Ahmed', 'Hussain', 'Ali', 'Akhtar', 'Iqbal', 'Mahmood', 'Rashid', 'Mohammed', 'Shah', 'Begum', 'Bibi', 'Butt', 'Malik', 'Qureshi', 'Aslam', 'Rehman', 'Javed', 'Chaudhry', 'Siddiqui', 'Mirza', 'Uddin', 'Miah', 'Rahman', 'Islam', 'Choudhury', 'Sheikh', 'Yousaf', 'Bashir', 'Saleem'],
  },
  indian: {
    female: ['Priya', 'Pooja', 'Anjali', 'Neha', 'Ananya', 'Kiran', 'Sunita', 'Harpreet', 'Manpreet', 'Gurpreet', 'Jaspreet', 'Simran', 'Navdeep', 'Rupinder', 'Deepa', 'Meena', 'Nisha', 'Shreya', 'Divya', 'Kavita', 'Sonia', 'Asha'],
    male: ['Rajesh', 'Sanjay', 'Amit', 'Vikram', 'Arjun', 'Rohan', 'Ravi', 'Sunil', 'Anil', 'Harjit', 'Gurdeep', 'Jaswinder', 'Sukhdev', 'Manjit', 'Amarjit', 'Rajinder', 'Karan', 'Nikhil', 'Deepak', 'Vijay', 'Ashok', 'Hardeep'],
    family: ['Patel', 'Singh', 'Kaur', 'Sharma', 'Shah', 'Gill', 'Sandhu', 'Dhillon', 'Sidhu', 'Kumar', 'Mistry', 'Parmar', 'Gupta', 'Chauhan', 'Joshi', 'Mehta', 'Bains', 'Johal', 'Atwal', 'Virdee', 'Grewal', 'Rai', 'Desai', 'Thakkar', 'Lakhani', 'Pillai', 'Nair', 'Reddy'],
  },
  black_african: {
    female: ['Chidinma', 'Ngozi', 'Adaeze', 'Chioma', 'Funmilayo', 'Folasade', 'Abena', 'Akosua', 'Ama', 'Efua', 'Blessing', 'Precious', 'Grace', 'Joy', 'Faith', 'Mercy', 'Yetunde', 'Temitope', 'Nkechi', 'Zainab', 'Hodan', 'Amina', 'Fadumo', 'Esther'],
    male: ['Chinedu', 'Emeka', 'Obinna', 'Chukwuemeka', 'Tunde', 'Olumide', 'Adebayo', 'Babatunde', 'Oluwaseun', 'Kwame', 'Kofi', 'Kwabena', 'Yaw', 'Kwaku', 'Samuel', 'Emmanuel', 'Daniel', 'David', 'Ibrahim', 'Abdi', 'Mohamed', 'Tendai', 'Tafadzwa', 'Segun'],
    family: ['Okafor', 'Okonkwo', 'Adeyemi', 'Adebayo', 'Oluwole', 'Okeke', 'Eze', 'Nwosu', 'Mensah', 'Owusu', 'Boateng', 'Asante', 'Osei', 'Appiah', 'Agyeman', 'Ogunleye', 'Adeleke', 'Balogun', 'Olatunji', 'Abubakar', 'Mohamed', 'Abdi', 'Hassan', 'Moyo', 'Ncube', 'Banda', 'Mwangi', 'Otieno', 'Kamara', 'Conteh'],
  },
  black_caribbean: {
    female: ['Shanice', 'Tanisha', 'Chantelle', 'Keisha', 'Marcia', 'Sharon', 'Beverley', 'Jennifer', 'Simone', 'Natasha', 'Leanne', 'Jasmine', 'Kimberley', 'Paulette', 'Yvonne', 'Sonia'],
    male: ['Marcus', 'Jermaine', 'Tyrone', 'Leon', 'Dwayne', 'Delroy', 'Winston', 'Clive', 'Courtney', 'Andre', 'Kareem', 'Nathaniel', 'Jerome', 'Errol', 'Lloyd', 'Trevor'],
    family: ['Campbell', 'Williams', 'Brown', 'Thomas', 'Francis', 'Clarke', 'Grant', 'Johnson', 'Gordon', 'Henry', 'Lewis', 'Samuels', 'Bailey', 'Edwards', 'Reid', 'Stewart', 'Morgan', 'Charles', 'Joseph', 'Baptiste', 'Benjamin', 'Powell', 'Richards', 'Walters', 'McKenzie', 'Forbes'],
  },
  chinese: {
    female: ['Mei', 'Li', 'Xiaoling', 'Ying', 'Hui', 'Jing', 'Yan', 'Lin', 'Wen', 'Fang', 'Siu Ling', 'Wai Man'],
    male: ['Wei', 'Jun', 'Hao', 'Ming', 'Jian', 'Lei', 'Chen', 'Tao', 'Kin', 'Wing', 'Kwok Wai', 'Yong'],
    family: ['Chen', 'Wang', 'Li', 'Zhang', 'Liu', 'Yang', 'Huang', 'Wong', 'Chan', 'Lam', 'Cheung', 'Ng', 'Ho', 'Tang', 'Leung', 'Lau', 'Wu', 'Zhou', 'Lin', 'Tan', 'Nguyen', 'Tran'],
  },
  arab: {
    female: ['Layla', 'Noor', 'Rania', 'Huda', 'Salma', 'Dina', 'Mariam', 'Leila', 'Yasmin', 'Samira'],
    male: ['Ahmad', 'Khalid', 'Yusuf', 'Hassan', 'Karim', 'Samir', 'Tarek', 'Walid', 'Omar', 'Mustafa'],
    family: ['Al-Sayed', 'Haddad', 'Mansour', 'Nasser', 'Khalil', 'Saleh', 'Abdullah', 'Hamdan', 'Farouk', 'Aziz', 'Ibrahim', 'Karimi', 'Hosseini', 'Ahmadi'],
  },
  turkish: {
    female: ['Elif', 'Zeynep', 'Ayse', 'Fatma', 'Emine', 'Derya', 'Sibel', 'Ozlem'],
    male: ['Mehmet', 'Mustafa', 'Emre', 'Burak', 'Murat', 'Hakan', 'Serkan', 'Kemal'],
    family: ['Yilmaz', 'Kaya', 'Demir', 'Sahin', 'Celik', 'Yildiz', 'Ozturk', 'Aydin', 'Arslan', 'Dogan', 'Kilic', 'Aslan', 'Georgiou', 'Christodoulou', 'Papadopoulos'],
  },
};

// Where the names of each ONS group come from, roughly as in the workforce (White includes White Irish and
// White Other; Mixed people mostly carry British or Caribbean names).
export const ORIGINS_BY_ETHNICITY: Record<'white' | 'asian' | 'black' | 'mixed' | 'other' | 'not_stated', readonly (readonly [NameOrigin, number])[]> = {
  white: [['british', 88], ['irish', 6], ['polish', 6]],
  asian: [['south_asian_muslim', 50], ['indian', 42], ['chinese', 8]],
  black: [['black_african', 55], ['black_caribbean', 45]],
  mixed: [['british', 45], ['black_caribbean', 30], ['south_asian_muslim', 10], ['indian', 10], ['chinese', 5]],
  other: [['arab', 45], ['turkish', 30], ['chinese', 25]],
  not_stated: [['british', 85], ['south_asian_muslim', 5], ['black_african', 5], ['polish', 5]],
};

// Surnames follow weight ∝ 1/(rank+3) within a list: Smith's share of the 300 commonest, as in England and Wales.
const FAMILY_NAME_OFFSET = 3;

/** Where a weight ∝ 1/(rank+offset) puts draw `u` ∈ [0, 1) in a list of `n` (inverse CDF of that density on [0, n)). */
const zipfIndex = (u: number, n: number, offset: number): number => Math.min(n - 1, Math.floor(offset * Math.pow((n + offset) / offset, u) - offset));

/**
 * A pick favouring the head of a frequency-ordered list (weight ∝ 1/(rank+offset)), like real name frequencies.
 * One draw, whatever the list, so changing a list or its offset moves no other value of the generator.
 */
export function pickZipf<T>(random: Random, items: readonly T[], offset: number): T {
  const item = items[zipfIndex(random.next(), items.length, offset)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

// Given names are flatter than the pools' length suggests: the commonest name of a birth cohort is 3–6% of it
// (ONS baby names), which an offset of 10 gives the head of a 60-name list (an offset of 3 gave it 11%).
const GIVEN_NAME_OFFSET = 10;

export const pickGivenName = (random: Random, names: readonly string[]): string => pickZipf(random, names, GIVEN_NAME_OFFSET);

// Most people do not carry one of the few hundred commonest surnames. In England and Wales Smith is about 1.3%
// of people and the 300 commonest names about a third of them; the rest spread over tens of thousands of rarer
// names. A pool of common names alone makes namesakes (same name, same birthday) many times likelier than they
// are, and namesakes are what person matching must tell apart. So the origins with a long tail in life get one:
// the listed names take `headShare` of bearers (Zipf within), the rest fall evenly on names built from the
// pieces surnames of that origin are made of (toponymic English names, Polish -ski/-czyk names, Yoruba compounds).
// Origins whose surnames really are concentrated (Khan, Singh, Patel, Chen, Begum …) keep their lists alone.
const compose = (stems: readonly string[], endings: readonly string[], exclude: readonly string[]): string[] => {
  const taken = new Set(exclude);
  const out: string[] = [];
  for (const stem of stems) {
    for (const ending of endings) {
      const name = stem + ending;
      if (stem.toLowerCase() === ending || taken.has(name)) continue;
      taken.add(name);
      out.push(name);
    }
  }
  return out;
};

const SURNAME_TAILS: Partial<Record<NameOrigin, { headShare: number; names: readonly string[] }>> = {
  british: {
    headShare: 0.3,
    names: compose(
      ['Ash', 'Black', 'Brad', 'Bram', 'Brent', 'Brook', 'Cal', 'Chad', 'Charl', 'Chat', 'Clay', 'Cold', 'Cran', 'Crom', 'Dal', 'Dar', 'Ding', 'Dun', 'East', 'Ed', 'Elm', 'Fair', 'Farn', 'Fen', 'Gold', 'Grin', 'Hal', 'Ham', 'Har', 'Hat', 'Haw', 'Hay', 'Hol', 'Horn', 'Hux', 'Kel', 'Kirk', 'Lang', 'Led', 'Lind', 'Lock', 'Mar', 'Mid', 'Mor', 'Nor', 'Oak', 'Pen', 'Pres', 'Rad', 'Red', 'Rock', 'Rom', 'Ros', 'Rud', 'Sal', 'Sand', 'Shel', 'Sher', 'Stan', 'Stock', 'Thorn', 'Tur', 'Wad', 'Wake', 'War', 'Wes', 'Whit', 'Wil', 'Win', 'Wood', 'Wor'],
      ['ley', 'ton', 'field', 'ford', 'worth', 'wood', 'by', 'ham', 'well', 'more', 'land', 'bury', 'den', 'hurst', 'stone', 'combe', 'dale', 'wick', 'thorpe', 'bridge', 'croft', 'shaw', 'brook', 'gate', 'ridge', 'low', 'cott', 'sey', 'mere', 'ing', 'bourne'],
      NAME_POOLS.british.family,
    ),
  },
  polish: {
    headShare: 0.35,
    names: compose(
      ['Kowal', 'Nowa', 'Wisn', 'Wojc', 'Kamin', 'Lewand', 'Zielin', 'Szyman', 'Dabr', 'Kozl', 'Jank', 'Krawc', 'Grab', 'Pawl', 'Michal', 'Krol', 'Wiecz', 'Jabl', 'Wrob', 'Majew', 'Olsz', 'Stepn', 'Jawor', 'Malin', 'Gors', 'Rutk', 'Sikor', 'Baran', 'Dud', 'Czarn', 'Kubi', 'Lis', 'Zaj', 'Sob', 'Wilk', 'Bor', 'Kacz', 'Adam', 'Walcz', 'Maj'],
      ['ski', 'czyk', 'ak', 'ewicz', 'iak', 'ek'],
      NAME_POOLS.polish.family,
    ),
  },
  black_african: {
    headShare: 0.5,
    names: compose(
      ['Ade', 'Olu', 'Ola', 'Ayo', 'Oye', 'Ogun', 'Oso', 'Aki', 'Ako', 'Fola', 'Abi', 'Ibi'],
      ['wale', 'tunde', 'bayo', 'yemi', 'kunle', 'dele', 'sola', 'jide', 'gbola', 'mide', 'seye', 'dipe', 'tola', 'lade', 'woye'],
      NAME_POOLS.black_african.family,
    ),
  },
};

/** A surname of the origin, in one draw: a listed common name or, for `headShare`'s complement, one of the tail. */
export function pickFamilyName(random: Random, origin: NameOrigin): string {
  const u = random.next();
  const pool = NAME_POOLS[origin].family;
  const tail = SURNAME_TAILS[origin];
  const name = tail === undefined ? pool[zipfIndex(u, pool.length, FAMILY_NAME_OFFSET)]
    : u < tail.headShare ? pool[zipfIndex(u / tail.headShare, pool.length, FAMILY_NAME_OFFSET)]
    : tail.names[Math.min(tail.names.length - 1, Math.floor(((u - tail.headShare) / (1 - tail.headShare)) * tail.names.length))];
  if (name === undefined) throw new Error(`no surnames for ${origin}`);
  return name;
}

// Familiar forms people are also known by (a registered "William" who signs as "Bill").
export const NICKNAMES: Record<string, readonly string[]> = {
  William: ['Bill', 'Will', 'Billy'], Robert: ['Bob', 'Rob', 'Bobby'], Richard: ['Dick', 'Rich', 'Ricky'], James: ['Jim', 'Jamie', 'Jimmy'],
  Michael: ['Mike', 'Mick', 'Micky'], Christopher: ['Chris', 'Kit'], Matthew: ['Matt'], Andrew: ['Andy', 'Drew'], Daniel: ['Dan', 'Danny'],
  Thomas: ['Tom', 'Tommy'], Anthony: ['Tony'], Stephen: ['Steve'], Steven: ['Steve'], Nicholas: ['Nick', 'Nicky'], Jonathan: ['Jon', 'Jonny'],
  Joseph: ['Joe'], Edward: ['Ed', 'Eddie', 'Ted'], Samuel: ['Sam'], Alexander: ['Alex', 'Sandy'], Benjamin: ['Ben'], Peter: ['Pete'],
  Philip: ['Phil'], David: ['Dave', 'Davy'], Joshua: ['Josh'], Nathaniel: ['Nat', 'Nathan'], Patrick: ['Paddy', 'Pat'], Kwame: ['Kay'],
  Oluwaseun: ['Seun'], Babatunde: ['Tunde'], Chukwuemeka: ['Emeka'], Olumide: ['Mide'], Mohammed: ['Mo'], Muhammad: ['Mo'], Abdul: ['Abs'],
  Elizabeth: ['Liz', 'Beth', 'Lizzie'], Catherine: ['Cathy', 'Kate'], Kathryn: ['Kate', 'Kathy'], Jennifer: ['Jen', 'Jenny'],
  Rebecca: ['Becky', 'Becca'], Victoria: ['Vicky', 'Tori'], Samantha: ['Sam', 'Sammy'], Jessica: ['Jess'], Charlotte: ['Charlie', 'Lottie'],
  Stephanie: ['Steph'], Jacqueline: ['Jackie'], Deborah: ['Debbie', 'Deb'], Susan: ['Sue', 'Suzy'], Margaret: ['Maggie', 'Peggy'],
  Natalie: ['Nat'], Abigail: ['Abby'], Nicola: ['Nicky'], Amanda: ['Mandy'], Alexandra: ['Alex'], Aleksandra: ['Ola'], Katarzyna: ['Kasia'],
  Magdalena: ['Magda'], Krzysztof: ['Krzys'], Folasade: ['Sade'], Temitope: ['Tope'], Funmilayo: ['Funmi'], Oluwole: ['Wole'],
};

// Spellings of the same name in the Latin alphabet (transliteration from Arabic, Urdu, Chinese, Polish…).
export const TRANSLITERATIONS: readonly (readonly string[])[] = [
  ['Mohammed', 'Muhammad', 'Mohamed', 'Mohammad', 'Muhammed'], ['Ahmed', 'Ahmad', 'Ahmet'], ['Hussain', 'Hussein', 'Husain', 'Hossain'],
  ['Yusuf', 'Yousef', 'Youssef', 'Yousaf'], ['Fatima', 'Fatimah', 'Fatma'], ['Aisha', 'Ayesha', 'Aysha'], ['Mahmood', 'Mahmud', 'Mehmood'],
  ['Rehman', 'Rahman', 'Rahmann'], ['Choudhury', 'Chowdhury', 'Chaudhry', 'Chaudhary'], ['Siddiqui', 'Siddiqi', 'Sadiqi'],
  ['Qureshi', 'Kureshi', 'Quraishi'], ['Omar', 'Umar'], ['Usman', 'Osman', 'Uthman'], ['Zainab', 'Zaynab'], ['Maryam', 'Mariam', 'Miriam'],
  ['Khalid', 'Khaled'], ['Tarek', 'Tariq', 'Tarik'], ['Hassan', 'Hasan'], ['Nasser', 'Nasir', 'Naser'], ['Al-Sayed', 'El-Sayed', 'Alsayed'],
  ['Chen', 'Chan'], ['Zhang', 'Cheung', 'Chang'], ['Wang', 'Wong'], ['Li', 'Lee', 'Lei'], ['Liu', 'Lau', 'Lao'], ['Huang', 'Wong', 'Hwang'],
  ['Wojcik', 'Wójcik', 'Woyczik'], ['Wisniewski', 'Wiśniewski', 'Vishnevsky'], ['Lukasz', 'Łukasz', 'Lucas'], ['Pawel', 'Paweł', 'Paul'],
  ['Michal', 'Michał', 'Michael'], ['Dabrowski', 'Dąbrowski'], ['Kozlowski', 'Kozłowski'], ['Zielinski', 'Zieliński'],
  ['Olumide', 'Olumidé'], ['Mensah', 'Mensa'], ['Owusu', 'Owusoo'], ['Nguyen', 'Nguyên', 'Nguen'], ['Yilmaz', 'Yılmaz'], ['Sahin', 'Şahin'],
  ['Celik', 'Çelik'], ['Ozturk', 'Öztürk'], ['Dogan', 'Doğan'], ['Kilic', 'Kılıç'], ['Siobhan', 'Shivaun', 'Chevonne'], ['Sean', 'Shaun', 'Shawn'],
  ['Niamh', 'Neve', 'Neeve'], ['Aoife', 'Eefa', 'Eva'], ['Padraig', 'Patrick'], ['Sinead', 'Shinead'],
];

const transliterationIndex = new Map<string, readonly string[]>();
for (const group of TRANSLITERATIONS) for (const name of group) if (!transliterationIndex.has(name)) transliterationIndex.set(name, group);

export const transliterationsOf = (name: string): string[] => (transliterationIndex.get(name) ?? []).filter((n) => n !== name);
export const nicknamesOf = (name: string): readonly string[] => NICKNAMES[name] ?? [];
