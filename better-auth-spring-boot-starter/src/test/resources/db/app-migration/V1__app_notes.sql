create table app_note (id int primary key, text varchar(200));
