// A stand-in for the GraphQL API, for developing and checking the web app alone:
//   node apps/web/scripts/mock-api.mjs          (listens on MOCK_API_PORT, default 4000)
// It answers the operations the web app sends (dispatching on the operation name, not a real
// GraphQL engine), keeps accounts and opportunities in memory, and validates with the shared
// domain rules, so field errors look like the real API's. Not used by tests or production.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const domain = require('@akselerator/domain');
const {
  findMunicipality,
  findTrade,
  KRISTIANSAND_MUNICIPALITY_CODE,
  Locale,
  todayInOslo,
  addDays,
  validateHospiteringDraft,
  validateSignUpDraft,
  distanceKm,
  createFieldError,
  FieldErrorCode,
} = domain;

const port = Number(process.env.MOCK_API_PORT ?? 4000);
const today = todayInOslo(new Date());

const employers = new Map();
const accounts = new Map();
const sessions = new Map();
const opportunities = new Map();

function addEmployer(name, organisationNumber) {
  const employer = { id: randomUUID(), name, organisationNumber };
  employers.set(employer.id, employer);
  return employer;
}

function addAccount(email, password, displayName, role, employer = null) {
  const account = {
    id: randomUUID(),
    email,
    password,
    displayName,
    role,
    employerId: employer?.id ?? null,
  };
  accounts.set(email, account);
  return account;
}

function addOpportunity(employer, input, status = 'PUBLISHED', booked = []) {
  const municipality = findMunicipality(input.address.municipalityCode);
  const id = randomUUID();
  const opportunity = {
    id,
    kind: 'HOSPITERING',
    status,
    title: input.title,
    description: input.description,
    tasks: input.tasks,
    practicalInfo: input.practicalInfo,
    tradeCode: input.tradeCode,
    programmeCode: findTrade(input.tradeCode)?.programmeCode ?? '',
    address: { ...input.address, municipalityName: municipality?.name ?? '' },
    employerId: employer.id,
    slots: input.slots.map((slot, index) => ({
      id: randomUUID(),
      ...slot,
      seatsBooked: Math.min(booked[index] ?? 0, slot.capacity),
    })),
    publishedAt: status === 'PUBLISHED' ? new Date().toISOString() : null,
    createdAt: new Date().toISOString(),
  };
  opportunities.set(id, opportunity);
  return opportunity;
}

// Demo data
const byggmester = addEmployer('Sørlandet Byggmester AS', '923609016');
const salong = addEmployer('Salong Lykke', '974760673');
const kommune = addEmployer('Kristiansand kommune', '963296746');
addAccount(
  'arbeidsgiver@example.no',
  'hospitering-er-gøy',
  'Kari Nordmann',
  'EMPLOYER',
  byggmester,
);
addAccount('elev@example.no', 'hospitering-er-gøy', 'Ola Elev', 'YOUTH');
const address = (street, postalCode, postalPlace, code) => {
  const m = findMunicipality(code);
  return {
    street,
    postalCode,
    postalPlace,
    municipalityCode: code,
    latitude: m.latitude,
    longitude: m.longitude,
  };
};
const slot = (days, capacity, start = '08:00', end = '14:00') => ({
  date: addDays(today, days),
  startTime: start,
  endTime: end,
  capacity,
});
addOpportunity(
  byggmester,
  {
    title: 'En dag som tømrer på byggeplass',
    description:
      'Vi bygger boliger i Kristiansand og Vennesla.\nDu blir med et arbeidslag en hel dag.',
    tasks: 'Måle og kappe materialer\nSette opp lekter\nRydde byggeplassen',
    practicalInfo: 'Møt opp kl. 07.45 i brakka. Ta med arbeidsklær; vi har vernesko og hjelm.',
    tradeCode: 'tomrer',
    address: address(
      'Vestre Strandgate 20',
      '4611',
      'Kristiansand',
      KRISTIANSAND_MUNICIPALITY_CODE,
    ),
    slots: [slot(7, 3), slot(14, 2), slot(21, 2)],
  },
  'PUBLISHED',
  [1, 2, 0],
);
addOpportunity(
  salong,
  {
    title: 'Hospitering i frisørsalong',
    description: 'Bli med i en travel salong i sentrum.',
    tasks: 'Ta imot kunder, vaske hår, se på klipp.',
    practicalInfo: 'Vi har lunsj klokka 11.30.',
    tradeCode: 'frisor',
    address: address('Markens gate 5', '4611', 'Kristiansand', KRISTIANSAND_MUNICIPALITY_CODE),
    slots: [slot(3, 1, '09:00', '15:00'), slot(10, 1, '09:00', '15:00')],
  },
  'PUBLISHED',
  [1, 0],
);
addOpportunity(kommune, {
  title: 'Helsefagarbeider på sykehjem',
  description: 'Se hvordan en dag på et sykehjem er.',
  tasks: '',
  practicalInfo: '',
  tradeCode: 'helsearbeider',
  address: address('Grimstadveien 2', '4790', 'Lillesand', '4215'),
  slots: [slot(5, 4)],
});
for (let i = 0; i < 25; i += 1) {
  addOpportunity(kommune, {
    title: `Kontor og administrasjon, dag ${i + 1}`,
    description: 'Kontorarbeid i kommunen.',
    tasks: '',
    practicalInfo: '',
    tradeCode: 'kontor-og-administrasjon',
    address: address('Rådhusgata 18', '4611', 'Kristiansand', KRISTIANSAND_MUNICIPALITY_CODE),
    slots: [slot(2 + i, 2, '08:30', '15:30')],
  });
}

function seatsLeft(slot) {
  return slot.capacity - slot.seatsBooked;
}

function upcoming(opportunity) {
  return opportunity.slots
    .filter((item) => item.date >= today)
    .sort((a, b) => a.date.localeCompare(b.date));
}

function toOpportunity(opportunity) {
  const next = upcoming(opportunity);
  return {
    ...opportunity,
    employer: employers.get(opportunity.employerId),
    slots: opportunity.slots.map((item) => ({ ...item, seatsLeft: seatsLeft(item) })),
    nextDate: next[0]?.date ?? null,
    seatsLeft: next.reduce((sum, item) => sum + seatsLeft(item), 0),
  };
}

function toAccount(account) {
  return (
    account && {
      ...account,
      employer: account.employerId ? employers.get(account.employerId) : null,
    }
  );
}

class ApiError extends Error {
  constructor(code, message, fieldErrors) {
    super(message);
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

function viewer(request) {
  const token = /(?:^|;\s*)aks_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
  const email = token && sessions.get(token);
  return email ? accounts.get(email) : undefined;
}

function search(input = {}) {
  const query = (input.query ?? '').toLowerCase().trim();
  const near = input.near;
  let hits = [...opportunities.values()]
    .filter((item) => item.status === 'PUBLISHED')
    .map(toOpportunity)
    .filter((item) => {
      if (!query) return true;
      const trade = findTrade(item.tradeCode);
      return [
        item.title,
        item.employer.name,
        trade?.label,
        trade?.labelEn,
        item.address.municipalityName,
      ]
        .join(' ')
        .toLowerCase()
        .includes(query);
    })
    .filter((item) => !input.dateFrom || item.slots.some((s) => s.date >= input.dateFrom))
    .filter((item) => !input.dateTo || item.slots.some((s) => s.date <= input.dateTo));
  const facetOf = (attribute, selected, value) => {
    const base = hits.filter((item) =>
      [
        ['kind', input.kinds, item.kind],
        ['programmeCode', input.programmeCodes, item.programmeCode],
        ['tradeCode', input.tradeCodes, item.tradeCode],
        ['municipalityCode', input.municipalityCodes, item.address.municipalityCode],
      ].every(([name, list, v]) => name === attribute || !list?.length || list.includes(v)),
    );
    const counts = new Map();
    for (const item of base) counts.set(value(item), (counts.get(value(item)) ?? 0) + 1);
    return { attribute, values: [...counts].map(([v, count]) => ({ value: v, count })) };
  };
  const facets = [
    facetOf('kind', input.kinds, (item) => item.kind),
    facetOf('programmeCode', input.programmeCodes, (item) => item.programmeCode),
    facetOf('tradeCode', input.tradeCodes, (item) => item.tradeCode),
    facetOf('municipalityCode', input.municipalityCodes, (item) => item.address.municipalityCode),
  ];
  hits = hits.filter(
    (item) =>
      (!input.kinds?.length || input.kinds.includes(item.kind)) &&
      (!input.programmeCodes?.length || input.programmeCodes.includes(item.programmeCode)) &&
      (!input.tradeCodes?.length || input.tradeCodes.includes(item.tradeCode)) &&
      (!input.municipalityCodes?.length ||
        input.municipalityCodes.includes(item.address.municipalityCode)),
  );
  const withDistance = hits.map((item) => ({
    ...item,
    distanceKm: near ? Math.round(distanceKm(near, item.address) * 10) / 10 : null,
  }));
  if (input.sort === 'SOONEST')
    withDistance.sort((a, b) => (a.nextDate ?? '9').localeCompare(b.nextDate ?? '9'));
  if (input.sort === 'NEAREST')
    withDistance.sort((a, b) => (a.distanceKm ?? 0) - (b.distanceKm ?? 0));
  const first = input.first ?? 20;
  let offset = 0;
  if (input.after) {
    offset = Number(Buffer.from(input.after, 'base64url').toString());
    if (!Number.isInteger(offset)) {
      throw new ApiError('BAD_USER_INPUT', 'Bad cursor', [
        createFieldError('after', FieldErrorCode.INVALID_CURSOR, Locale.NB),
      ]);
    }
  }
  const page = withDistance.slice(offset, offset + first);
  const end = offset + page.length;
  return {
    hits: page.map((item) => ({
      id: item.id,
      kind: item.kind,
      title: item.title,
      employerName: item.employer.name,
      programmeCode: item.programmeCode,
      tradeCode: item.tradeCode,
      municipalityCode: item.address.municipalityCode,
      municipalityName: item.address.municipalityName,
      nextDate: item.nextDate,
      seatsLeft: item.seatsLeft,
      distanceKm: item.distanceKm,
      highlightedTitle: query
        ? item.title.replace(
            new RegExp(`(${query.replace(/[^\p{L}\p{N} ]/gu, '')})`, 'iu'),
            '<mark>$1</mark>',
          )
        : null,
    })),
    totalHits: withDistance.length,
    facets,
    endCursor: page.length ? Buffer.from(String(end)).toString('base64url') : null,
    hasNextPage: end < withDistance.length,
    degraded: query === 'degradert',
  };
}

function newSession(response, account) {
  const token = randomBytes(24).toString('base64url');
  sessions.set(token, account.email);
  response.setHeader(
    'set-cookie',
    `aks_session=${token}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=86400`,
  );
}

const resolvers = {
  Me: (_v, { account }) => ({ me: toAccount(account) ?? null }),
  SearchOpportunities: ({ input }) => ({ searchOpportunities: search(input) }),
  Opportunity: ({ id }, { account }) => {
    const item = opportunities.get(id);
    if (!item) return { opportunity: null };
    if (item.status !== 'PUBLISHED' && item.employerId !== account?.employerId)
      return { opportunity: null };
    return { opportunity: toOpportunity(item) };
  },
  MyOpportunities: (_v, { account }) => {
    if (!account) throw new ApiError('UNAUTHENTICATED', 'Sign in');
    if (account.role !== 'EMPLOYER') throw new ApiError('FORBIDDEN', 'Employers only');
    return {
      myOpportunities: [...opportunities.values()]
        .filter((item) => item.employerId === account.employerId)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(toOpportunity),
    };
  },
  SignUp: ({ input }, { response }) => {
    const errors = validateSignUpDraft(input, Locale.NB);
    if (accounts.has(input.email.trim().toLowerCase())) {
      errors.push(createFieldError('email', FieldErrorCode.EMAIL_TAKEN, Locale.NB));
    }
    if (errors.length) throw new ApiError('BAD_USER_INPUT', 'Invalid input', errors);
    const employer = input.employer
      ? addEmployer(input.employer.name, input.employer.organisationNumber)
      : null;
    const account = addAccount(
      input.email.trim().toLowerCase(),
      input.password,
      input.displayName,
      input.role,
      employer,
    );
    newSession(response, account);
    return { signUp: toAccount(account) };
  },
  SignIn: ({ input }, { response }) => {
    const account = accounts.get(input.email.trim().toLowerCase());
    if (!account || account.password !== input.password) {
      throw new ApiError('BAD_USER_INPUT', 'Invalid credentials', [
        createFieldError('password', FieldErrorCode.INVALID_CREDENTIALS, Locale.NB),
      ]);
    }
    newSession(response, account);
    return { signIn: toAccount(account) };
  },
  SignOut: (_v, { request, response }) => {
    const token = /(?:^|;\s*)aks_session=([^;]+)/.exec(request.headers.cookie ?? '')?.[1];
    if (token) sessions.delete(token);
    response.setHeader(
      'set-cookie',
      'aks_session=; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=0',
    );
    return { signOut: true };
  },
  CreateHospitering: ({ input }, { account }) => {
    if (!account) throw new ApiError('UNAUTHENTICATED', 'Sign in');
    if (account.role !== 'EMPLOYER') throw new ApiError('FORBIDDEN', 'Employers only');
    const errors = validateHospiteringDraft(input, today, Locale.NB);
    // A server-side-only refusal, to exercise the web app's mapping of API field errors.
    if (input.title.toLowerCase().includes('serverfeil')) {
      errors.push(
        createFieldError('slots.0.capacity', FieldErrorCode.CAPACITY_OUT_OF_RANGE, Locale.NB, {
          min: 1,
          max: 3,
        }),
      );
    }
    if (errors.length) throw new ApiError('BAD_USER_INPUT', 'Invalid input', errors);
    const item = addOpportunity(employers.get(account.employerId), input, 'DRAFT');
    return { createHospitering: toOpportunity(item) };
  },
  PublishOpportunity: ({ id }, { account }) => {
    const item = opportunities.get(id);
    if (!account) throw new ApiError('UNAUTHENTICATED', 'Sign in');
    if (!item || item.employerId !== account.employerId)
      throw new ApiError('NOT_FOUND', 'Not found');
    if (item.title.toLowerCase().includes('feil ved publisering')) {
      throw new ApiError('BAD_USER_INPUT', 'Invalid', [
        createFieldError('slots.0.date', FieldErrorCode.DATE_IN_PAST, Locale.NB),
      ]);
    }
    item.status = 'PUBLISHED';
    item.publishedAt = new Date().toISOString();
    return { publishOpportunity: toOpportunity(item) };
  },
};

const server = createServer((request, response) => {
  if (request.url === '/health') {
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end('{"status":"ok","mock":true}');
    return;
  }
  if (request.url !== '/graphql' || request.method !== 'POST') {
    response.writeHead(404).end();
    return;
  }
  if (!String(request.headers['content-type']).startsWith('application/json')) {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({ errors: [{ message: 'CSRF', extensions: { code: 'BAD_REQUEST' } }] }),
    );
    return;
  }
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => {
    let payload;
    try {
      const { query, variables } = JSON.parse(body);
      const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
      const resolver = resolvers[name];
      if (!resolver) throw new ApiError('GRAPHQL_VALIDATION_FAILED', `Unknown operation ${name}`);
      payload = {
        data: resolver(variables ?? {}, { account: viewer(request), request, response }),
      };
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'INTERNAL_SERVER_ERROR';
      payload = {
        data: null,
        errors: [
          {
            message: error.message,
            extensions: { code, ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}) },
          },
        ],
      };
      if (code === 'INTERNAL_SERVER_ERROR') console.error(error);
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
  });
});

server.listen(port, '127.0.0.1', () => {
  console.log(
    `mock API on http://127.0.0.1:${port}/graphql (sign in: arbeidsgiver@example.no / hospitering-er-gøy)`,
  );
});
