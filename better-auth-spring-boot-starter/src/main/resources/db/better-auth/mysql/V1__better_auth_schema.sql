-- Better Auth 1.7's default schema for MySQL/MariaDB (same tables and columns), plus a unique index
-- on account(providerId, accountId) and an index on verification(expiresAt).
create table `user` (
    `id` varchar(36) not null primary key,
    `name` text not null,
    `email` varchar(255) not null unique,
    `emailVerified` boolean not null,
    `image` text,
    `createdAt` datetime(6) not null default current_timestamp(6),
    `updatedAt` datetime(6) not null default current_timestamp(6)
) default charset = utf8mb4;

create table `session` (
    `id` varchar(36) not null primary key,
    `expiresAt` datetime(6) not null,
    `token` varchar(255) not null unique,
    `createdAt` datetime(6) not null default current_timestamp(6),
    `updatedAt` datetime(6) not null,
    `ipAddress` text,
    `userAgent` text,
    `userId` varchar(36) not null,
    constraint `session_userId_fk` foreign key (`userId`) references `user` (`id`) on delete cascade
) default charset = utf8mb4;

create table `account` (
    `id` varchar(36) not null primary key,
    `accountId` varchar(255) not null,
    `providerId` varchar(255) not null,
    `userId` varchar(36) not null,
    `accessToken` text,
    `refreshToken` text,
    `idToken` text,
    `accessTokenExpiresAt` datetime(6),
    `refreshTokenExpiresAt` datetime(6),
    `scope` text,
    `password` text,
    `createdAt` datetime(6) not null default current_timestamp(6),
    `updatedAt` datetime(6) not null,
    constraint `account_userId_fk` foreign key (`userId`) references `user` (`id`) on delete cascade
) default charset = utf8mb4;

create table `verification` (
    `id` varchar(36) not null primary key,
    `identifier` varchar(255) not null,
    `value` text not null,
    `expiresAt` datetime(6) not null,
    `createdAt` datetime(6) not null default current_timestamp(6),
    `updatedAt` datetime(6) not null default current_timestamp(6)
) default charset = utf8mb4;

create index `session_userId_idx` on `session` (`userId`);
create index `account_userId_idx` on `account` (`userId`);
create index `verification_identifier_idx` on `verification` (`identifier`);
create unique index `account_providerId_accountId_uidx` on `account` (`providerId`, `accountId`);
create index `verification_expiresAt_idx` on `verification` (`expiresAt`);
