-- Not a Better Auth table (a Node Better Auth ignores it): one row per account whose
-- provider tokens are being refreshed, so the refresh is single-flight across instances
-- without a row lock held while the provider answers. A crashed holder's lease expires.
create table `better_auth_refresh_lease` (
    `accountId` varchar(255) not null primary key,
    `holder` varchar(64) not null,
    `expiresAt` datetime(6) not null
);
