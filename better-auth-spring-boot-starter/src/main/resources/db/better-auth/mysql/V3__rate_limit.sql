-- Better Auth's rateLimit table (storage `database`), with a unique key so that the
-- conditional updates decide races; a Node Better Auth reads and writes it too.
create table `rateLimit` (
    `id` varchar(36) not null primary key,
    `key` varchar(512) not null,
    `count` integer not null,
    `lastRequest` bigint not null
);
create unique index `rateLimit_key_uidx` on `rateLimit` (`key`);
