-- Better Auth 1.7's default schema (same tables and columns, so a Node Better Auth deployment can
-- share the database), plus what Better Auth lacks: a unique index on account(providerId, accountId)
-- and an index on verification(expiresAt) for purging expired rows.
create table "user" (
    "id" varchar not null primary key,
    "name" varchar not null,
    "email" varchar not null unique,
    "emailVerified" boolean not null,
    "image" varchar,
    "createdAt" timestamp(6) with time zone not null default current_timestamp,
    "updatedAt" timestamp(6) with time zone not null default current_timestamp
);

create table "session" (
    "id" varchar not null primary key,
    "expiresAt" timestamp(6) with time zone not null,
    "token" varchar not null unique,
    "createdAt" timestamp(6) with time zone not null default current_timestamp,
    "updatedAt" timestamp(6) with time zone not null,
    "ipAddress" varchar,
    "userAgent" varchar,
    "userId" varchar not null references "user" ("id") on delete cascade
);

create table "account" (
    "id" varchar not null primary key,
    "accountId" varchar not null,
    "providerId" varchar not null,
    "userId" varchar not null references "user" ("id") on delete cascade,
    "accessToken" varchar,
    "refreshToken" varchar,
    "idToken" varchar,
    "accessTokenExpiresAt" timestamp(6) with time zone,
    "refreshTokenExpiresAt" timestamp(6) with time zone,
    "scope" varchar,
    "password" varchar,
    "createdAt" timestamp(6) with time zone not null default current_timestamp,
    "updatedAt" timestamp(6) with time zone not null
);

create table "verification" (
    "id" varchar not null primary key,
    "identifier" varchar not null,
    "value" varchar not null,
    "expiresAt" timestamp(6) with time zone not null,
    "createdAt" timestamp(6) with time zone not null default current_timestamp,
    "updatedAt" timestamp(6) with time zone not null default current_timestamp
);

create index "session_userId_idx" on "session" ("userId");
create index "account_userId_idx" on "account" ("userId");
create index "verification_identifier_idx" on "verification" ("identifier");
create unique index "account_providerId_accountId_uidx" on "account" ("providerId", "accountId");
create index "verification_expiresAt_idx" on "verification" ("expiresAt");
