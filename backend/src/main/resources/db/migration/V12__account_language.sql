-- The language a person reads: their SMS are written in it. Recorded from the Accept-Language of their sign-in,
-- which the SPA sets to the language chosen in the app; Chinese until they choose otherwise.
alter table account add column language varchar(8) not null default 'zh-CN'
    constraint account_language_known check (language in ('zh-CN', 'en'));
