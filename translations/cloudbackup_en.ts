<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Access</name>
    <message>
        <source>The permission file %1 is invalid: %2</source>
        <translation>The permission file %1 is invalid: %2</translation>
    </message>
    <message>
        <source>Cloud admin</source>
        <translation>Cloud admin</translation>
    </message>
    <message>
        <source>Department admin</source>
        <translation>Department admin</translation>
    </message>
    <message>
        <source>Project admin</source>
        <translation>Project admin</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <source>create backups</source>
        <translation>create backups</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>restore</translation>
    </message>
    <message>
        <source>edit backups</source>
        <translation>edit backups</translation>
    </message>
    <message>
        <source>edit tags</source>
        <translation>edit tags</translation>
    </message>
    <message>
        <source>delete backups</source>
        <translation>delete backups</translation>
    </message>
    <message>
        <source>verify backups</source>
        <translation>verify backups</translation>
    </message>
    <message>
        <source>create and delete volumes</source>
        <translation>create and delete volumes</translation>
    </message>
    <message>
        <source>maintain the repository</source>
        <translation>maintain the repository</translation>
    </message>
    <message>
        <source>manage users and projects</source>
        <translation>manage users and projects</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected &quot;allow&quot;</source>
        <translation>unknown key &quot;%1&quot;; expected &quot;allow&quot;</translation>
    </message>
    <message>
        <source>expected an object with an &quot;allow&quot; list</source>
        <translation>expected an object with an &quot;allow&quot; list</translation>
    </message>
    <message>
        <source>every entry needs exactly a role (%1), an action (%2) and a scope (none, own, all): %3</source>
        <translation>every entry needs exactly a role (%1), an action (%2) and a scope (none, own, all): %3</translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may %3 only in their own projects, not in project &quot;%4&quot;.</source>
        <translation>Permission denied: %1 (%2) may %3 only in their own projects, not in project &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may not %3.</source>
        <translation>Permission denied: %1 (%2) may not %3.</translation>
    </message>
    <message>
        <source>manage backup policies and protection</source>
        <translation>manage backup policies and protection</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Creating</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Deleting</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1” is not a number</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 is outside %2..%3</translation>
    </message>
    <message>
        <source>“%1” is not allowed; write a first value, as in “0/15”</source>
        <translation>“%1” is not allowed; write a first value, as in “0/15”</translation>
    </message>
    <message>
        <source>the range “%1” runs backwards</source>
        <translation>the range “%1” runs backwards</translation>
    </message>
    <message>
        <source>a field is empty</source>
        <translation>a field is empty</translation>
    </message>
    <message>
        <source>“%1” is not a day of the week (Mon, Tue, … or Mon..Fri)</source>
        <translation>“%1” is not a day of the week (Mon, Tue, … or Mon..Fri)</translation>
    </message>
    <message>
        <source>“%1” is not a date (YEAR-MONTH-DAY)</source>
        <translation>“%1” is not a date (YEAR-MONTH-DAY)</translation>
    </message>
    <message>
        <source>“%1” is not a time (HOUR:MINUTE[:SECOND])</source>
        <translation>“%1” is not a time (HOUR:MINUTE[:SECOND])</translation>
    </message>
    <message>
        <source>“%1” is not a schedule: %2. Use systemd&apos;s calendar syntax, for example “daily”, “Mon..Fri 22:00” or “*-*-01 03:00 UTC”.</source>
        <translation>“%1” is not a schedule: %2. Use systemd&apos;s calendar syntax, for example “daily”, “Mon..Fri 22:00” or “*-*-01 03:00 UTC”.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>“%1” is not expected here</source>
        <translation>“%1” is not expected here</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Catalog error: %1</source>
        <translation>Catalog error: %1</translation>
    </message>
    <message>
        <source>The catalog path is empty.</source>
        <translation>The catalog path is empty.</translation>
    </message>
    <message>
        <source>Cannot create the directory of the catalog %1.</source>
        <translation>Cannot create the directory of the catalog %1.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>The Qt SQL driver %1 is not installed.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Cannot open the catalog %1: %2</translation>
    </message>
    <message>
        <source>The catalog has schema version %1, newer than this cloudbackup (%2). Upgrade cloudbackup.</source>
        <translation>The catalog has schema version %1, newer than this cloudbackup (%2). Upgrade cloudbackup.</translation>
    </message>
    <message>
        <source>There is no backup with id %1.</source>
        <translation>There is no backup with id %1.</translation>
    </message>
    <message>
        <source>There is no backup with id &quot;%1&quot;.</source>
        <translation>There is no backup with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup id.</source>
        <translation>&quot;%1&quot; is not a backup id.</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is ambiguous; it matches %2 backups.</source>
        <translation>The id &quot;%1&quot; is ambiguous; it matches %2 backups.</translation>
    </message>
    <message>
        <source>Catalog error: the catalog could not be written; the disk that holds it may be full or failing. Free some space and try again. (%1)</source>
        <translation>Catalog error: the catalog could not be written; the disk that holds it may be full or failing. Free some space and try again. (%1)</translation>
    </message>
    <message>
        <source>The catalog URL contains a password, which every local user could read in the process list. Remove it from the URL and give the password in CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass.</source>
        <translation>The catalog URL contains a password, which every local user could read in the process list. Remove it from the URL and give the password in CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>The catalog URL &quot;%1&quot; is not valid; expected postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The catalog URL &quot;%1&quot; is not valid; expected postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The catalog URL scheme &quot;%1&quot; is not supported; use postgresql://USER@HOST:PORT/DATABASE, sqlite:PATH or a file path.</source>
        <translation>The catalog URL scheme &quot;%1&quot; is not supported; use postgresql://USER@HOST:PORT/DATABASE, sqlite:PATH or a file path.</translation>
    </message>
    <message>
        <source>Cannot log in to the catalog %1 as &quot;%2&quot;: the account name or password is wrong.</source>
        <translation>Cannot log in to the catalog %1 as &quot;%2&quot;: the account name or password is wrong.</translation>
    </message>
    <message>
        <source>Cannot log in to the catalog %1: the account &quot;%2&quot; is disabled.</source>
        <translation>Cannot log in to the catalog %1: the account &quot;%2&quot; is disabled.</translation>
    </message>
    <message>
        <source>The catalog %1 needs a password for &quot;%2&quot;: give it in CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass.</source>
        <translation>The catalog %1 needs a password for &quot;%2&quot;: give it in CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass.</translation>
    </message>
    <message>
        <source>The catalog %1 needs to be set up or upgraded to schema version %2 (it has %3). Only the database&apos;s owner, %4, can do that: open it once as %4.</source>
        <translation>The catalog %1 needs to be set up or upgraded to schema version %2 (it has %3). Only the database&apos;s owner, %4, can do that: open it once as %4.</translation>
    </message>
    <message>
        <source>The owner of the catalog %1, %2, needs the CREATEROLE privilege (or to be a superuser) to create the catalog&apos;s group roles.</source>
        <translation>The owner of the catalog %1, %2, needs the CREATEROLE privilege (or to be a superuser) to create the catalog&apos;s group roles.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; already exists.</source>
        <translation>The project &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot;.</source>
        <translation>There is no project &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has backups; delete them first.</source>
        <translation>The project &quot;%1&quot; still has backups; delete them first.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has volumes in the catalog.</source>
        <translation>The project &quot;%1&quot; still has volumes in the catalog.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has members; remove them first.</source>
        <translation>The project &quot;%1&quot; still has members; remove them first.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>The account &quot;%1&quot; already exists.</translation>
    </message>
    <message>
        <source>The PostgreSQL server already has a role named &quot;%1&quot;; choose another account name.</source>
        <translation>The PostgreSQL server already has a role named &quot;%1&quot;; choose another account name.</translation>
    </message>
    <message>
        <source>An account of a shared catalog needs a password.</source>
        <translation>An account of a shared catalog needs a password.</translation>
    </message>
    <message>
        <source>Passwords belong to the accounts of a shared PostgreSQL catalog.</source>
        <translation>Passwords belong to the accounts of a shared PostgreSQL catalog.</translation>
    </message>
    <message>
        <source>There is no job with id &quot;%1&quot;.</source>
        <translation>There is no job with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>&quot;%1&quot; is not a job id.</translation>
    </message>
    <message>
        <source>The job id &quot;%1&quot; is ambiguous; give more of it.</source>
        <translation>The job id &quot;%1&quot; is ambiguous; give more of it.</translation>
    </message>
    <message>
        <source>The job history must keep at least one job.</source>
        <translation>The job history must keep at least one job.</translation>
    </message>
    <message>
        <source>A policy named &quot;%1&quot; exists already.</source>
        <translation>A policy named &quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>There is no policy named &quot;%1&quot;.</source>
        <translation>There is no policy named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Missing %1.</source>
        <translation>Missing %1.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>Unknown command &quot;%1 %2&quot;.</translation>
    </message>
    <message>
        <source>Recovered after an interruption: %1, %2, %3.</source>
        <translation>Recovered after an interruption: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) marked as failed</source>
        <translation>
            <numerusform>%n backup marked as failed</numerusform>
            <numerusform>%n backups marked as failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) ended</source>
        <translation>
            <numerusform>%n restore ended</numerusform>
            <numerusform>%n restores ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s) settled</source>
        <translation>
            <numerusform>%n delete settled</numerusform>
            <numerusform>%n deletes settled</numerusform>
        </translation>
    </message>
    <message>
        <source> ETA %1:%2</source>
        <translation> ETA %1:%2</translation>
    </message>
    <message>
        <source>the volume</source>
        <translation>the volume</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>PROJECT</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>BACKUPS</source>
        <translation>BACKUPS</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>the volume name</source>
        <translation>the volume name</translation>
    </message>
    <message>
        <source>volume create needs --size (for example --size 10G).</source>
        <translation>volume create needs --size (for example --size 10G).</translation>
    </message>
    <message>
        <source>Created volume %1 (%2).</source>
        <translation>Created volume %1 (%2).</translation>
    </message>
    <message>
        <source>Deleted volume %1. Its backups are kept.</source>
        <translation>Deleted volume %1. Its backups are kept.</translation>
    </message>
    <message>
        <source>Only file volumes can be attached from the command line.</source>
        <translation>Only file volumes can be attached from the command line.</translation>
    </message>
    <message>
        <source>Volume %1 is now in use. Press Ctrl-C to detach.</source>
        <translation>Volume %1 is now in use. Press Ctrl-C to detach.</translation>
    </message>
    <message>
        <source>The backup name must not be empty.</source>
        <translation>The backup name must not be empty.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Backup %1 (%2) of %3 is available: read %4, stored %5.</source>
        <translation>Backup %1 (%2) of %3 is available: read %4, stored %5.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>VOLUME</translation>
    </message>
    <message>
        <source>STORED</source>
        <translation>STORED</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATED</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>the backup id</source>
        <translation>the backup id</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stored</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forced</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message numerus="yes">
        <source>Backup chain of %1 (%n backup(s))</source>
        <translation>
            <numerusform>Backup chain of %1 (%n backup)</numerusform>
            <numerusform>Backup chain of %1 (%n backups)</numerusform>
        </translation>
    </message>
    <message>
        <source>backup edit needs --name or --description.</source>
        <translation>backup edit needs --name or --description.</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(no tags)</translation>
    </message>
    <message>
        <source>backup restore needs either --new-volume NAME or --to VOLUME --yes.</source>
        <translation>backup restore needs either --new-volume NAME or --to VOLUME --yes.</translation>
    </message>
    <message>
        <source>The volume name must not be empty.</source>
        <translation>The volume name must not be empty.</translation>
    </message>
    <message>
        <source>Restoring over %1 overwrites all its data. Add --yes to confirm.</source>
        <translation>Restoring over %1 overwrites all its data. Add --yes to confirm.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restored to volume %1.</source>
        <translation>Restored to volume %1.</translation>
    </message>
    <message>
        <source>Would delete, in this order: %1</source>
        <translation>Would delete, in this order: %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Deleted backup %1.</source>
        <translation>Deleted backup %1.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message numerus="yes">
        <source>The backup is intact: %n chunk(s), %1 checked.</source>
        <translation>
            <numerusform>The backup is intact: %n chunk, %1 checked.</numerusform>
            <numerusform>The backup is intact: %n chunks, %1 checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Garbage collection</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unreferenced chunk(s) (%1 freed); %2 kept.</source>
        <translation>
            <numerusform>Removed %n unreferenced chunk (%1 freed); %2 kept.</numerusform>
            <numerusform>Removed %n unreferenced chunks (%1 freed); %2 kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n chunk</numerusform>
            <numerusform>%n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) (%1) checked, %2.</source>
        <translation>
            <numerusform>%n chunk (%1) checked, %2.</numerusform>
            <numerusform>%n chunks (%1) checked, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>BACKUP</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>STARTED</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Run &quot;cloudbackupctl --help&quot; for usage.</source>
        <translation>Run &quot;cloudbackupctl --help&quot; for usage.</translation>
    </message>
    <message numerus="yes">
        <source>Catalog rebuilt from the repository: %n record(s) added or corrected.</source>
        <translation>
            <numerusform>Catalog rebuilt from the repository: %n record added or corrected.</numerusform>
            <numerusform>Catalog rebuilt from the repository: %n records added or corrected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository was upgraded from format %1 to format %2.</source>
        <translation>The repository was upgraded from format %1 to format %2.</translation>
    </message>
    <message>
        <source>Damaged data was written as zeros at %1.</source>
        <translation>Damaged data was written as zeros at %1.</translation>
    </message>
    <message>
        <source>Created a repository in %1.</source>
        <translation>Created a repository in %1.</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>the user name</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>the project</translation>
    </message>
    <message>
        <source>Created project %1.</source>
        <translation>Created project %1.</translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation>Deleted project %1.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projects</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>enabled</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>New password for %1: </translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>The password must not be empty.</translation>
    </message>
    <message>
        <source>user create needs --role (one of %1).</source>
        <translation>user create needs --role (one of %1).</translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>Created user %1 (%2).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>PROJECTS</source>
        <translation>PROJECTS</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ENABLED</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are %2.</source>
        <translation>Unknown role &quot;%1&quot;; the roles are %2.</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>Changed the password of %1.</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 time, for example 2024-05-01 or 2024-05-01T08:00:00, not &quot;%1&quot;.</source>
        <translation>--since needs an ISO 8601 time, for example 2024-05-01 or 2024-05-01T08:00:00, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJECT</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>RESULT</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>Create a project.</source>
        <translation>Create a project.</translation>
    </message>
    <message>
        <source>the project name</source>
        <translation>the project name</translation>
    </message>
    <message>
        <source>List the projects you can see.</source>
        <translation>List the projects you can see.</translation>
    </message>
    <message>
        <source>Delete a project that has no volumes left.</source>
        <translation>Delete a project that has no volumes left.</translation>
    </message>
    <message>
        <source>Create a user (password: asked on a terminal, else CLOUDBACKUP_NEW_PASSWORD).</source>
        <translation>Create a user (password: asked on a terminal, else CLOUDBACKUP_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>the role</translation>
    </message>
    <message>
        <source>a project the user belongs to</source>
        <translation>a project the user belongs to</translation>
    </message>
    <message>
        <source>List users.</source>
        <translation>List users.</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>Show one user.</translation>
    </message>
    <message>
        <source>Stop a user from logging in.</source>
        <translation>Stop a user from logging in.</translation>
    </message>
    <message>
        <source>Let a disabled user log in again.</source>
        <translation>Let a disabled user log in again.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role.</source>
        <translation>Change a user&apos;s role.</translation>
    </message>
    <message>
        <source>Make a user a member of a project.</source>
        <translation>Make a user a member of a project.</translation>
    </message>
    <message>
        <source>Take a user out of a project.</source>
        <translation>Take a user out of a project.</translation>
    </message>
    <message>
        <source>Change a user&apos;s password (asked on a terminal, else CLOUDBACKUP_NEW_PASSWORD).</source>
        <translation>Change a user&apos;s password (asked on a terminal, else CLOUDBACKUP_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Show the audit log: who did what, when, and the result.</source>
        <translation>Show the audit log: who did what, when, and the result.</translation>
    </message>
    <message>
        <source>only what this user did (the global --user goes before the command words)</source>
        <translation>only what this user did (the global --user goes before the command words)</translation>
    </message>
    <message>
        <source>only this action (backup.create) or a group of them (backup.)</source>
        <translation>only this action (backup.create) or a group of them (backup.)</translation>
    </message>
    <message>
        <source>only this project</source>
        <translation>only this project</translation>
    </message>
    <message>
        <source>only from this time on</source>
        <translation>only from this time on</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>the description</translation>
    </message>
    <message>
        <source>Back up a volume, in full or incrementally.</source>
        <translation>Back up a volume, in full or incrementally.</translation>
    </message>
    <message>
        <source>store only what changed since the last backup</source>
        <translation>store only what changed since the last backup</translation>
    </message>
    <message>
        <source>a full backup (the default)</source>
        <translation>a full backup (the default)</translation>
    </message>
    <message>
        <source>back up a volume that is in use</source>
        <translation>back up a volume that is in use</translation>
    </message>
    <message>
        <source>the backup&apos;s name (default: VOLUME-TIME)</source>
        <translation>the backup&apos;s name (default: VOLUME-TIME)</translation>
    </message>
    <message>
        <source>List backups.</source>
        <translation>List backups.</translation>
    </message>
    <message>
        <source>only the backups of this volume</source>
        <translation>only the backups of this volume</translation>
    </message>
    <message>
        <source>only the backups of this project</source>
        <translation>only the backups of this project</translation>
    </message>
    <message>
        <source>only the backups with this status</source>
        <translation>only the backups with this status</translation>
    </message>
    <message>
        <source>only the backups with this tag</source>
        <translation>only the backups with this tag</translation>
    </message>
    <message>
        <source>Show one backup.</source>
        <translation>Show one backup.</translation>
    </message>
    <message>
        <source>Show a volume&apos;s chain of full and incremental backups.</source>
        <translation>Show a volume&apos;s chain of full and incremental backups.</translation>
    </message>
    <message>
        <source>Change a backup&apos;s name or description.</source>
        <translation>Change a backup&apos;s name or description.</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>the new name</translation>
    </message>
    <message>
        <source>Show or change a backup&apos;s tags.</source>
        <translation>Show or change a backup&apos;s tags.</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>add a tag</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>remove a tag</translation>
    </message>
    <message>
        <source>replace every tag (empty: none)</source>
        <translation>replace every tag (empty: none)</translation>
    </message>
    <message>
        <source>Restore a backup to a new volume or over an existing one.</source>
        <translation>Restore a backup to a new volume or over an existing one.</translation>
    </message>
    <message>
        <source>restore to a new volume of this name</source>
        <translation>restore to a new volume of this name</translation>
    </message>
    <message>
        <source>restore over this volume, overwriting all its data</source>
        <translation>restore over this volume, overwriting all its data</translation>
    </message>
    <message>
        <source>confirm overwriting the --to volume</source>
        <translation>confirm overwriting the --to volume</translation>
    </message>
    <message>
        <source>restore what is intact and write zeros for damaged data</source>
        <translation>restore what is intact and write zeros for damaged data</translation>
    </message>
    <message>
        <source>Delete backups, incrementals before their parents.</source>
        <translation>Delete backups, incrementals before their parents.</translation>
    </message>
    <message>
        <source>only show the order of deletion</source>
        <translation>only show the order of deletion</translation>
    </message>
    <message>
        <source>do not ask (the command never asks)</source>
        <translation>do not ask (the command never asks)</translation>
    </message>
    <message>
        <source>Read every chunk of a backup and check it.</source>
        <translation>Read every chunk of a backup and check it.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unknown option %1.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value; it must not be empty.</source>
        <translation>The option --%1 needs a value; it must not be empty.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of --%2; valid values: %3.</source>
        <translation>&quot;%1&quot; is not a valid value of --%2; valid values: %3.</translation>
    </message>
    <message>
        <source>The catalog &quot;%1&quot; is not supported: use a SQLite file path or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>The catalog &quot;%1&quot; is not supported: use a SQLite file path or postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>The catalog URL is not valid: %1</source>
        <translation>The catalog URL is not valid: %1</translation>
    </message>
    <message>
        <source>The catalog URL contains a password, which every user could read in the process list. Remove it and set CLOUDBACKUP_PASSWORD or PGPASSWORD, or use ~/.pgpass.</source>
        <translation>The catalog URL contains a password, which every user could read in the process list. Remove it and set CLOUDBACKUP_PASSWORD or PGPASSWORD, or use ~/.pgpass.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>&quot;%1&quot; needs a command.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the languages are %2.</source>
        <translation>Unknown language &quot;%1&quot;; the languages are %2.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 usage error, 3 not permitted (the user&apos;s role may not do this).
</source>
        <translation>Exit status: 0 success, 1 failure, 2 usage error, 3 not permitted (the user&apos;s role may not do this).
</translation>
    </message>
    <message>
        <source>Run &quot;cloudbackupctl GROUP --help&quot; or &quot;cloudbackupctl GROUP COMMAND --help&quot; for details.
</source>
        <translation>Run &quot;cloudbackupctl GROUP --help&quot; or &quot;cloudbackupctl GROUP COMMAND --help&quot; for details.
</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Print the bash completion script.</source>
        <translation>Print the bash completion script.</translation>
    </message>
    <message>
        <source>self-contained setup (or CLOUDBACKUP_HOME)</source>
        <translation>self-contained setup (or CLOUDBACKUP_HOME)</translation>
    </message>
    <message>
        <source>catalog: a SQLite path or postgresql://USER@HOST:PORT/DB (or CLOUDBACKUP_CATALOG); never a password in it</source>
        <translation>catalog: a SQLite path or postgresql://USER@HOST:PORT/DB (or CLOUDBACKUP_CATALOG); never a password in it</translation>
    </message>
    <message>
        <source>act as this account; its password is asked on a terminal or read from CLOUDBACKUP_PASSWORD</source>
        <translation>act as this account; its password is asked on a terminal or read from CLOUDBACKUP_PASSWORD</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machine-readable output</translation>
    </message>
    <message>
        <source>limit backup and restore I/O, per second (for example 100M)</source>
        <translation>limit backup and restore I/O, per second (for example 100M)</translation>
    </message>
    <message>
        <source>zh_CN or en (default: from LANG)</source>
        <translation>zh_CN or en (default: from LANG)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>show this help</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>show the version</translation>
    </message>
    <message>
        <source>Usage: cloudbackupctl [GLOBAL OPTIONS] GROUP COMMAND ...</source>
        <translation>Usage: cloudbackupctl [GLOBAL OPTIONS] GROUP COMMAND ...</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Global options:</translation>
    </message>
    <message>
        <source>VOLUME is an id as &quot;volume list&quot; prints it or an unambiguous name. ID is a backup id or an
unambiguous prefix of at least 4 characters. Sizes accept K, M, G and T (binary).
</source>
        <translation>VOLUME is an id as &quot;volume list&quot; prints it or an unambiguous name. ID is a backup id or an
unambiguous prefix of at least 4 characters. Sizes accept K, M, G and T (binary).
</translation>
    </message>
    <message>
        <source>Passwords never go on the command line: CLOUDBACKUP_PASSWORD (or, for PostgreSQL, PGPASSWORD or ~/.pgpass)
for --user, CLOUDBACKUP_NEW_PASSWORD for &quot;user create&quot; and &quot;user passwd&quot;; on a terminal they are asked.
</source>
        <translation>Passwords never go on the command line: CLOUDBACKUP_PASSWORD (or, for PostgreSQL, PGPASSWORD or ~/.pgpass)
for --user, CLOUDBACKUP_NEW_PASSWORD for &quot;user create&quot; and &quot;user passwd&quot;; on a terminal they are asked.
</translation>
    </message>
    <message>
        <source>Usage: cloudbackupctl [GLOBAL OPTIONS] %1 COMMAND ...</source>
        <translation>Usage: cloudbackupctl [GLOBAL OPTIONS] %1 COMMAND ...</translation>
    </message>
    <message>
        <source>Usage: cloudbackupctl [GLOBAL OPTIONS] %1</source>
        <translation>Usage: cloudbackupctl [GLOBAL OPTIONS] %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Arguments:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>cloudbackupctl: error: %1</source>
        <translation>cloudbackupctl: error: %1</translation>
    </message>
    <message>
        <source>A password is needed: set %1 or run on a terminal to be asked for it.</source>
        <translation>A password is needed: set %1 or run on a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>No password was given.</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Repeat the password: </translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Remove chunks no backup uses.</source>
        <translation>Remove chunks no backup uses.</translation>
    </message>
    <message>
        <source>Read and check every chunk of the repository.</source>
        <translation>Read and check every chunk of the repository.</translation>
    </message>
    <message>
        <source>Rebuild a lost catalog from the repository.</source>
        <translation>Rebuild a lost catalog from the repository.</translation>
    </message>
    <message>
        <source>Show the home, repository and catalog.</source>
        <translation>Show the home, repository and catalog.</translation>
    </message>
    <message>
        <source>Upgrade the repository to the current format.</source>
        <translation>Upgrade the repository to the current format.</translation>
    </message>
    <message>
        <source>List jobs: backups, restores, deletes, checks.</source>
        <translation>List jobs: backups, restores, deletes, checks.</translation>
    </message>
    <message>
        <source>only the jobs still running</source>
        <translation>only the jobs still running</translation>
    </message>
    <message>
        <source>List volumes and how many backups each has.</source>
        <translation>List volumes and how many backups each has.</translation>
    </message>
    <message>
        <source>only the volumes of this project</source>
        <translation>only the volumes of this project</translation>
    </message>
    <message>
        <source>Show one volume.</source>
        <translation>Show one volume.</translation>
    </message>
    <message>
        <source>Create a volume (a file volume unless --type names another).</source>
        <translation>Create a volume (a file volume unless --type names another).</translation>
    </message>
    <message>
        <source>the size, for example 10G</source>
        <translation>the size, for example 10G</translation>
    </message>
    <message>
        <source>the project (default: the Default project)</source>
        <translation>the project (default: the Default project)</translation>
    </message>
    <message>
        <source>the volume type (default: file)</source>
        <translation>the volume type (default: file)</translation>
    </message>
    <message>
        <source>Delete a volume; its backups are kept.</source>
        <translation>Delete a volume; its backups are kept.</translation>
    </message>
    <message>
        <source>Hold a file volume in use until interrupted.</source>
        <translation>Hold a file volume in use until interrupted.</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protected</translation>
    </message>
    <message>
        <source>yes: nobody can delete it until it is unprotected</source>
        <translation>yes: nobody can delete it until it is unprotected</translation>
    </message>
    <message>
        <source>kept until</source>
        <translation>kept until</translation>
    </message>
    <message>
        <source>%1 (minimum age of policy %2)</source>
        <translation>%1 (minimum age of policy %2)</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>--ceph-conf FILE names the default cluster and is given once; name the others: --ceph-conf NAME=FILE.</source>
        <translation>--ceph-conf FILE names the default cluster and is given once; name the others: --ceph-conf NAME=FILE.</translation>
    </message>
    <message>
        <source>--ceph-conf takes FILE or NAME=FILE, not &quot;%1&quot;.</source>
        <translation>--ceph-conf takes FILE or NAME=FILE, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The Ceph cluster &quot;%1&quot; is given twice.</source>
        <translation>The Ceph cluster &quot;%1&quot; is given twice.</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Scheduled runs</source>
        <translation>Scheduled runs</translation>
    </message>
    <message>
        <source>repository: a folder or rados:POOL[/NAMESPACE] (or CLOUDBACKUP_REPOSITORY; default HOME/repository)</source>
        <translation>repository: a folder or rados:POOL[/NAMESPACE] (or CLOUDBACKUP_REPOSITORY; default HOME/repository)</translation>
    </message>
    <message>
        <source>Ceph configuration of a RADOS repository (default: the volumes&apos;)</source>
        <translation>Ceph configuration of a RADOS repository (default: the volumes&apos;)</translation>
    </message>
    <message>
        <source>Ceph configuration of the default cluster (or CEPH_CONF); NAME=FILE adds another cluster, whose volumes are rbd:NAME:POOL/IMAGE (repeatable; see also HOME/clusters.json)</source>
        <translation>Ceph configuration of the default cluster (or CEPH_CONF); NAME=FILE adds another cluster, whose volumes are rbd:NAME:POOL/IMAGE (repeatable; see also HOME/clusters.json)</translation>
    </message>
    <message>
        <source>Repository passphrase: </source>
        <translation>Repository passphrase: </translation>
    </message>
    <message>
        <source>New repository passphrase: </source>
        <translation>New repository passphrase: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Repeat the new passphrase: </translation>
    </message>
    <message>
        <source>Recovery key: keep it offline (on paper). With it anyone can read every backup of this repository, and without it or the passphrase no one can.</source>
        <translation>Recovery key: keep it offline (on paper). With it anyone can read every backup of this repository, and without it or the passphrase no one can.</translation>
    </message>
    <message>
        <source>A recovery key is needed: give --recovery-key-file FILE or run on a terminal to type it.</source>
        <translation>A recovery key is needed: give --recovery-key-file FILE or run on a terminal to type it.</translation>
    </message>
    <message>
        <source>Recovery key (the four lines, then an empty line): </source>
        <translation>Recovery key (the four lines, then an empty line): </translation>
    </message>
    <message>
        <source>The repository passphrase was changed; every backup stays readable with the new one.</source>
        <translation>The repository passphrase was changed; every backup stays readable with the new one.</translation>
    </message>
    <message>
        <source>The recovery key was accepted and a new passphrase set.</source>
        <translation>The recovery key was accepted and a new passphrase set.</translation>
    </message>
    <message>
        <source>the policy name</source>
        <translation>the policy name</translation>
    </message>
    <message>
        <source>keep the newest N backups</source>
        <translation>keep the newest N backups</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N hours</source>
        <translation>keep the newest backup of each of the last N hours</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N days</source>
        <translation>keep the newest backup of each of the last N days</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N weeks</source>
        <translation>keep the newest backup of each of the last N weeks</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N months</source>
        <translation>keep the newest backup of each of the last N months</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N years</source>
        <translation>keep the newest backup of each of the last N years</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write for example 7d, 12h, 2w or 1d12h.</source>
        <translation>&quot;%1&quot; is not a duration; write for example 7d, 12h, 2w or 1d12h.</translation>
    </message>
    <message>
        <source>--full-every takes a number of backups (7) or of days (30d), not &quot;%1&quot;.</source>
        <translation>--full-every takes a number of backups (7) or of days (30d), not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>project %1</translation>
    </message>
    <message>
        <source>volumes matching %1</source>
        <translation>volumes matching %1</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>keep everything</translation>
    </message>
    <message>
        <source>always full</source>
        <translation>always full</translation>
    </message>
    <message>
        <source>incremental, a full every %1 backups</source>
        <translation>incremental, a full every %1 backups</translation>
    </message>
    <message>
        <source>incremental, a full every %1 days</source>
        <translation>incremental, a full every %1 days</translation>
    </message>
    <message>
        <source>incremental after the first full</source>
        <translation>incremental after the first full</translation>
    </message>
    <message>
        <source>volumes</source>
        <translation>volumes</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>backed up anyway (force)</source>
        <translation>backed up anyway (force)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>retries</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retention</translation>
    </message>
    <message>
        <source>next runs</source>
        <translation>next runs</translation>
    </message>
    <message>
        <source>A policy needs --schedule.</source>
        <translation>A policy needs --schedule.</translation>
    </message>
    <message>
        <source>VOLUMES</source>
        <translation>VOLUMES</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>SCHEDULE</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>RETENTION</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>NEXT RUN</translation>
    </message>
    <message>
        <source>Deleted policy %1.</source>
        <translation>Deleted policy %1.</translation>
    </message>
    <message>
        <source>Policy %1: %2 backup(s) made, %3 failed, %4 pruned.</source>
        <translation>Policy %1: %2 backup(s) made, %3 failed, %4 pruned.</translation>
    </message>
    <message>
        <source>Policy %1 failed for %2: %3</source>
        <translation>Policy %1 failed for %2: %3</translation>
    </message>
    <message>
        <source>Policy %1 could not prune: %2</source>
        <translation>Policy %1 could not prune: %2</translation>
    </message>
    <message>
        <source>Policy %1 is not due; --now runs it anyway.</source>
        <translation>Policy %1 is not due; --now runs it anyway.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>Prune</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DECISION</translation>
    </message>
    <message>
        <source>KEPT BY</source>
        <translation>KEPT BY</translation>
    </message>
    <message>
        <source>Removed %1 backup(s).</source>
        <translation>Removed %1 backup(s).</translation>
    </message>
    <message>
        <source>Give either --policy NAME or --volume VOLUME.</source>
        <translation>Give either --policy NAME or --volume VOLUME.</translation>
    </message>
    <message>
        <source>--policy uses the policy&apos;s own retention; change it with &quot;policy edit&quot;.</source>
        <translation>--policy uses the policy&apos;s own retention; change it with &quot;policy edit&quot;.</translation>
    </message>
    <message>
        <source>Backup %1 is protected: nobody can delete it until it is unprotected.</source>
        <translation>Backup %1 is protected: nobody can delete it until it is unprotected.</translation>
    </message>
    <message>
        <source>Backup %1 is no longer protected.</source>
        <translation>Backup %1 is no longer protected.</translation>
    </message>
    <message>
        <source>back up this volume (repeatable)</source>
        <translation>back up this volume (repeatable)</translation>
    </message>
    <message>
        <source>back up every volume of this project</source>
        <translation>back up every volume of this project</translation>
    </message>
    <message>
        <source>back up every volume whose name matches (for example web-*)</source>
        <translation>back up every volume whose name matches (for example web-*)</translation>
    </message>
    <message>
        <source>when, in systemd calendar syntax (daily, Mon..Fri 22:00, *-*-01 03:00)</source>
        <translation>when, in systemd calendar syntax (daily, Mon..Fri 22:00, *-*-01 03:00)</translation>
    </message>
    <message>
        <source>a full backup every N backups (1: always full), or every N days (30d)</source>
        <translation>a full backup every N backups (1: always full), or every N days (30d)</translation>
    </message>
    <message>
        <source>back up volumes that are in use</source>
        <translation>back up volumes that are in use</translation>
    </message>
    <message>
        <source>backup (default), verify or gc: the last two work on the whole repository</source>
        <translation>backup (default), verify or gc: the last two work on the whole repository</translation>
    </message>
    <message>
        <source>try a failed volume again N times in the same run</source>
        <translation>try a failed volume again N times in the same run</translation>
    </message>
    <message>
        <source>never delete a backup younger than this (7d, 12h)</source>
        <translation>never delete a backup younger than this (7d, 12h)</translation>
    </message>
    <message>
        <source>Create a backup policy.</source>
        <translation>Create a backup policy.</translation>
    </message>
    <message>
        <source>List the backup policies.</source>
        <translation>List the backup policies.</translation>
    </message>
    <message>
        <source>Show a policy and its next five runs.</source>
        <translation>Show a policy and its next five runs.</translation>
    </message>
    <message>
        <source>skip volumes that are in use</source>
        <translation>skip volumes that are in use</translation>
    </message>
    <message>
        <source>Change a policy; what is not given stays.</source>
        <translation>Change a policy; what is not given stays.</translation>
    </message>
    <message>
        <source>Delete a policy (its backups stay).</source>
        <translation>Delete a policy (its backups stay).</translation>
    </message>
    <message>
        <source>Run a policy if it is due (with --now: at once).</source>
        <translation>Run a policy if it is due (with --now: at once).</translation>
    </message>
    <message>
        <source>run now even if it is not due</source>
        <translation>run now even if it is not due</translation>
    </message>
    <message>
        <source>prune by this policy&apos;s retention</source>
        <translation>prune by this policy&apos;s retention</translation>
    </message>
    <message>
        <source>prune this volume&apos;s backups by the rules given</source>
        <translation>prune this volume&apos;s backups by the rules given</translation>
    </message>
    <message>
        <source>keep backups younger than this</source>
        <translation>keep backups younger than this</translation>
    </message>
    <message>
        <source>only show what would be kept and removed</source>
        <translation>only show what would be kept and removed</translation>
    </message>
    <message>
        <source>Delete the backups a retention does not keep, leaf first.</source>
        <translation>Delete the backups a retention does not keep, leaf first.</translation>
    </message>
    <message>
        <source>Protect a backup: nobody can delete or prune it.</source>
        <translation>Protect a backup: nobody can delete or prune it.</translation>
    </message>
    <message>
        <source>Remove a backup&apos;s protection.</source>
        <translation>Remove a backup&apos;s protection.</translation>
    </message>
    <message>
        <source>Run due policies and their prune, then wait for the next.</source>
        <translation>Run due policies and their prune, then wait for the next.</translation>
    </message>
    <message>
        <source>run what is due once and exit</source>
        <translation>run what is due once and exit</translation>
    </message>
    <message>
        <source>Job %1: %2, %3</source>
        <translation>Job %1: %2, %3</translation>
    </message>
    <message>
        <source>Create a repository in a new or empty folder, or an empty RADOS pool or namespace.</source>
        <translation>Create a repository in a new or empty folder, or an empty RADOS pool or namespace.</translation>
    </message>
    <message>
        <source>a folder or rados:POOL[/NAMESPACE]</source>
        <translation>a folder or rados:POOL[/NAMESPACE]</translation>
    </message>
    <message>
        <source>every job the history keeps (default: the newest 50)</source>
        <translation>every job the history keeps (default: the newest 50)</translation>
    </message>
    <message>
        <source>Show the log of a job: its steps, warnings and error.</source>
        <translation>Show the log of a job: its steps, warnings and error.</translation>
    </message>
    <message>
        <source>the job id</source>
        <translation>the job id</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>Unreachable: %1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1 (protected)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>warn</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>CHECK</translation>
    </message>
    <message>
        <source>Check the catalog, the repository, the Ceph clusters, jobs, backups and file modes; say what to do.</source>
        <translation>Check the catalog, the repository, the Ceph clusters, jobs, backups and file modes; say what to do.</translation>
    </message>
    <message>
        <source>an encrypted repository&apos;s passphrase, from this private file (or CLOUDBACKUP_REPOSITORY_PASSWORD; else asked on a terminal)</source>
        <translation>an encrypted repository&apos;s passphrase, from this private file (or CLOUDBACKUP_REPOSITORY_PASSWORD; else asked on a terminal)</translation>
    </message>
    <message>
        <source>This repository is not encrypted; it has no key.</source>
        <translation>This repository is not encrypted; it has no key.</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <source>The home, as --home gives it.</source>
        <translation>The home, as --home gives it.</translation>
    </message>
    <message>
        <source>The repository, as --repository gives it.</source>
        <translation>The repository, as --repository gives it.</translation>
    </message>
    <message>
        <source>The catalog, as --catalog gives it.</source>
        <translation>The catalog, as --catalog gives it.</translation>
    </message>
    <message>
        <source>The Ceph configuration of the default cluster.</source>
        <translation>The Ceph configuration of the default cluster.</translation>
    </message>
    <message>
        <source>The password of the account --user names.</source>
        <translation>The password of the account --user names.</translation>
    </message>
    <message>
        <source>The new password of &quot;user create&quot; and &quot;user passwd&quot;.</source>
        <translation>The new password of &quot;user create&quot; and &quot;user passwd&quot;.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>back up cloud block volumes into a deduplicated repository</source>
        <translation>back up cloud block volumes into a deduplicated repository</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>GLOBAL OPTIONS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>cloudbackupctl backs up cloud block volumes (Ceph RBD images and raw image files) into a deduplicated repository and restores them, with a catalog in SQLite or PostgreSQL. It does from a shell, and from scripts with --json, what the console cloudbackup(1) does on a desktop. Every command line is checked in full before anything is opened or created.</source>
        <translation>cloudbackupctl backs up cloud block volumes (Ceph RBD images and raw image files) into a deduplicated repository and restores them, with a catalog in SQLite or PostgreSQL. It does from a shell, and from scripts with --json, what the console cloudbackup(1) does on a desktop. Every command line is checked in full before anything is opened or created.</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <source>The default home: the catalog, the repository and file volumes.</source>
        <translation>The default home: the catalog, the repository and file volumes.</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
    <message>
        <source>encrypt chunks, indexes and records (AES-256-GCM) under a passphrase; prints the recovery key once</source>
        <translation>encrypt chunks, indexes and records (AES-256-GCM) under a passphrase; prints the recovery key once</translation>
    </message>
    <message>
        <source>the new passphrase, from this private file (or CLOUDBACKUP_NEW_REPOSITORY_PASSWORD; else asked twice)</source>
        <translation>the new passphrase, from this private file (or CLOUDBACKUP_NEW_REPOSITORY_PASSWORD; else asked twice)</translation>
    </message>
    <message>
        <source>recover: the recovery key, from this private file</source>
        <translation>recover: the recovery key, from this private file</translation>
    </message>
    <message>
        <source>Unknown key action &quot;%1&quot;; the actions are %2.</source>
        <translation>Unknown key action &quot;%1&quot;; the actions are %2.</translation>
    </message>
    <message>
        <source>%1 (verified %2)</source>
        <translation>%1 (verified %2)</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>copies</translation>
    </message>
    <message>
        <source>read the backup from this copy (repo sync) instead of the repository</source>
        <translation>read the backup from this copy (repo sync) instead of the repository</translation>
    </message>
    <message>
        <source>Passphrase of the repository %1: </source>
        <translation>Passphrase of the repository %1: </translation>
    </message>
    <message>
        <source>Ceph configuration of a RADOS target (default: the repository&apos;s, else the volumes&apos;)</source>
        <translation>Ceph configuration of a RADOS target (default: the repository&apos;s, else the volumes&apos;)</translation>
    </message>
    <message>
        <source>Ceph configuration of a RADOS copy (default: the repository&apos;s, else the volumes&apos;)</source>
        <translation>Ceph configuration of a RADOS copy (default: the repository&apos;s, else the volumes&apos;)</translation>
    </message>
    <message>
        <source>an encrypted target&apos;s passphrase, from this private file (or CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD; else asked)</source>
        <translation>an encrypted target&apos;s passphrase, from this private file (or CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD; else asked)</translation>
    </message>
    <message>
        <source>an encrypted copy&apos;s passphrase, from this private file (or CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD; else asked)</source>
        <translation>an encrypted copy&apos;s passphrase, from this private file (or CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD; else asked)</translation>
    </message>
    <message>
        <source>mail on failure</source>
        <translation>mail on failure</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>The policy %1 on %2, run for %3, failed.</source>
        <translation>The policy %1 on %2, run for %3, failed.</translation>
    </message>
    <message>
        <source>Error: %1
Code: %2
</source>
        <translation>Error: %1
Code: %2
</translation>
    </message>
    <message>
        <source>Volume: %1
</source>
        <translation>Volume: %1
</translation>
    </message>
    <message>
        <source>The prune after the backups failed.
</source>
        <translation>The prune after the backups failed.
</translation>
    </message>
    <message>
        <source>The job history (cloudbackupctl job list) has the details.</source>
        <translation>The job history (cloudbackupctl job list) has the details.</translation>
    </message>
    <message numerus="yes">
        <source>cloudbackup: policy %1 failed on %2 (%n volume(s))</source>
        <translation>
            <numerusform>cloudbackup: policy %1 failed on %2 (%n volume)</numerusform>
            <numerusform>cloudbackup: policy %1 failed on %2 (%n volumes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy %1 could not mail %2: %3</source>
        <translation>Policy %1 could not mail %2: %3</translation>
    </message>
    <message>
        <source>mail this address (through sendmail) when a scheduled run fails</source>
        <translation>mail this address (through sendmail) when a scheduled run fails</translation>
    </message>
    <message>
        <source>send no mail when a scheduled run fails</source>
        <translation>send no mail when a scheduled run fails</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n backup(s) to %1 (%2 already there); wrote %3 chunk(s), %4. Every copy was read back and verified.</source>
        <translation>
            <numerusform>Copied %n backup to %1 (%2 already there); wrote %3 chunk, %4. Every copy was read back and verified.</numerusform>
            <numerusform>Copied %n backups to %1 (%2 already there); wrote %3 chunks, %4. Every copy was read back and verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the backups another repository lacks there (off-site copies), verifying each copy.</source>
        <translation>Copy the backups another repository lacks there (off-site copies), verifying each copy.</translation>
    </message>
    <message>
        <source>the target repository: a folder or rados:POOL[/NAMESPACE] made by repo init</source>
        <translation>the target repository: a folder or rados:POOL[/NAMESPACE] made by repo init</translation>
    </message>
    <message>
        <source>repo sync needs --to LOCATION.</source>
        <translation>repo sync needs --to LOCATION.</translation>
    </message>
    <message>
        <source>an encrypted repository&apos;s key file, made by &quot;repo key add-key-file&quot;: opens it without the passphrase (or CLOUDBACKUP_REPOSITORY_KEY_FILE)</source>
        <translation>an encrypted repository&apos;s key file, made by &quot;repo key add-key-file&quot;: opens it without the passphrase (or CLOUDBACKUP_REPOSITORY_KEY_FILE)</translation>
    </message>
    <message>
        <source>Name the new key file with --new-key-file FILE.</source>
        <translation>Name the new key file with --new-key-file FILE.</translation>
    </message>
    <message>
        <source>The key file %1 now opens the repository without the passphrase (give it with --key-file). Keep it private and apart from the repository: whoever holds it can read every backup. A key file made before no longer opens it.</source>
        <translation>The key file %1 now opens the repository without the passphrase (give it with --key-file). Keep it private and apart from the repository: whoever holds it can read every backup. A key file made before no longer opens it.</translation>
    </message>
    <message>
        <source>No key file opens the repository any more; the passphrase and the recovery key still do.</source>
        <translation>No key file opens the repository any more; the passphrase and the recovery key still do.</translation>
    </message>
    <message>
        <source>an encrypted target&apos;s key file, instead of its passphrase</source>
        <translation>an encrypted target&apos;s key file, instead of its passphrase</translation>
    </message>
    <message>
        <source>an encrypted copy&apos;s key file, instead of its passphrase</source>
        <translation>an encrypted copy&apos;s key file, instead of its passphrase</translation>
    </message>
    <message>
        <source>Change an encrypted repository&apos;s passphrase, print its recovery key, set a new passphrase with the recovery key, or add or remove a key file that opens it without the passphrase.</source>
        <translation>Change an encrypted repository&apos;s passphrase, print its recovery key, set a new passphrase with the recovery key, or add or remove a key file that opens it without the passphrase.</translation>
    </message>
    <message>
        <source>change-passphrase, export, recover, add-key-file or remove-key-file</source>
        <translation>change-passphrase, export, recover, add-key-file or remove-key-file</translation>
    </message>
    <message>
        <source>add-key-file: the key file to make (a new private file; never over an existing one)</source>
        <translation>add-key-file: the key file to make (a new private file; never over an existing one)</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The repository key file %1 exists already; it is never replaced by new keys.</source>
        <translation>The repository key file %1 exists already; it is never replaced by new keys.</translation>
    </message>
    <message>
        <source>An encrypted object cannot be opened: it was altered, damaged or moved, or belongs to another repository.</source>
        <translation>An encrypted object cannot be opened: it was altered, damaged or moved, or belongs to another repository.</translation>
    </message>
    <message>
        <source>Cannot write the repository key file %1: %2.</source>
        <translation>Cannot write the repository key file %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the repository key file %1: %2.</source>
        <translation>Cannot read the repository key file %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a repository key file.</source>
        <translation>%1 is too large to be a repository key file.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>The passphrase is longer than %1 bytes.</translation>
    </message>
    <message>
        <source>Cannot ask for the passphrase on the terminal.</source>
        <translation>Cannot ask for the passphrase on the terminal.</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>Cannot read the password file %1: %2.</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file.</source>
        <translation>The password file %1 is not a regular file.</translation>
    </message>
    <message>
        <source>The password file %1 may be read or changed by other users (mode %2); make it private with chmod 600 %1.</source>
        <translation>The password file %1 may be read or changed by other users (mode %2); make it private with chmod 600 %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>The password file %1 is empty.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>There is no terminal to ask for the passphrase on.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>No passphrase was given.</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <source>A repository passphrase is needed: give --password-file FILE, set %1, or run on a terminal to be asked for it.</source>
        <translation>A repository passphrase is needed: give --password-file FILE, set %1, or run on a terminal to be asked for it.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its checksum does not match. Compare it with the printed key group by group.</source>
        <translation>The recovery key has a typo: its checksum does not match. Compare it with the printed key group by group.</translation>
    </message>
    <message>
        <source>The recovery key holds &quot;%1&quot;, which is not a recovery key character.</source>
        <translation>The recovery key holds &quot;%1&quot;, which is not a recovery key character.</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters; this one has %2.</source>
        <translation>A recovery key has %1 characters; this one has %2.</translation>
    </message>
    <message>
        <source>The repository key file is damaged (%1).</source>
        <translation>The repository key file is damaged (%1).</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this repository&apos;s key. Nothing was changed.</source>
        <translation>Wrong passphrase: it does not unlock this repository&apos;s key. Nothing was changed.</translation>
    </message>
    <message>
        <source>This is not a cloudbackup repository key, or one made by a newer release (format &quot;%1&quot;).</source>
        <translation>This is not a cloudbackup repository key, or one made by a newer release (format &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The passphrase key cost is out of range: %1 passes over %2 MiB.</source>
        <translation>The passphrase key cost is out of range: %1 passes over %2 MiB.</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>The cryptography library cannot start.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (%1 MiB needed).</source>
        <translation>Not enough memory to derive the key from the passphrase (%1 MiB needed).</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>These keys belong to another repository.</source>
        <translation>These keys belong to another repository.</translation>
    </message>
    <message>
        <source>This recovery key was made by a newer release.</source>
        <translation>This recovery key was made by a newer release.</translation>
    </message>
    <message>
        <source>This recovery key belongs to another repository.</source>
        <translation>This recovery key belongs to another repository.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>Cannot read the key file %1: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>The key file %1 is not a regular file.</translation>
    </message>
    <message>
        <source>The key file %1 may be read or changed by other users (mode %2); make it private with chmod 600 %1.</source>
        <translation>The key file %1 may be read or changed by other users (mode %2); make it private with chmod 600 %1.</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>The key file %1 is empty.</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>Cannot create the key file %1: %2.</translation>
    </message>
    <message>
        <source>A key file must hold at least %1 bytes.</source>
        <translation>A key file must hold at least %1 bytes.</translation>
    </message>
    <message>
        <source>This repository has no key file; add one with &quot;repo key add-key-file&quot;.</source>
        <translation>This repository has no key file; add one with &quot;repo key add-key-file&quot;.</translation>
    </message>
    <message>
        <source>The key file does not unlock this repository.</source>
        <translation>The key file does not unlock this repository.</translation>
    </message>
    <message>
        <source>This repository has no key file to remove.</source>
        <translation>This repository has no key file to remove.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Cannot write the demo volume %1: %2</source>
        <translation>Cannot write the demo volume %1: %2</translation>
    </message>
    <message>
        <source>Before the first deployment</source>
        <translation>Before the first deployment</translation>
    </message>
    <message>
        <source>After release 2.3</source>
        <translation>After release 2.3</translation>
    </message>
    <message>
        <source>Weekly full backup</source>
        <translation>Weekly full backup</translation>
    </message>
    <message>
        <source>Before the PostgreSQL 16 upgrade</source>
        <translation>Before the PostgreSQL 16 upgrade</translation>
    </message>
    <message>
        <source>Month-end closing</source>
        <translation>Month-end closing</translation>
    </message>
    <message>
        <source>The demo volumes exist already.</source>
        <translation>The demo volumes exist already.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message numerus="yes">
        <source>Demo data created: %n volume(s) and %1.</source>
        <translation>
            <numerusform>Demo data created: %n volume and %1.</numerusform>
            <numerusform>Demo data created: %n volumes and %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n backup</numerusform>
            <numerusform>%n backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Fix what the message names (the catalog URL, the database server, the password, the repository location), then run the doctor again.</source>
        <translation>Fix what the message names (the catalog URL, the database server, the password, the repository location), then run the doctor again.</translation>
    </message>
    <message>
        <source>%1, schema version %2.</source>
        <translation>%1, schema version %2.</translation>
    </message>
    <message>
        <source>Check the disk that holds the catalog.</source>
        <translation>Check the disk that holds the catalog.</translation>
    </message>
    <message>
        <source>The catalog is damaged: %1</source>
        <translation>The catalog is damaged: %1</translation>
    </message>
    <message>
        <source>Move the catalog aside and run &quot;cloudbackupctl repo rebuild-catalog&quot;; the repository holds every backup&apos;s record.</source>
        <translation>Move the catalog aside and run &quot;cloudbackupctl repo rebuild-catalog&quot;; the repository holds every backup&apos;s record.</translation>
    </message>
    <message>
        <source>The catalog is sound.</source>
        <translation>The catalog is sound.</translation>
    </message>
    <message>
        <source>This host&apos;s clock is %1 s away from the database server&apos;s.</source>
        <translation>This host&apos;s clock is %1 s away from the database server&apos;s.</translation>
    </message>
    <message>
        <source>Synchronise the clocks (systemd-timesyncd or chrony): schedules, retention and job times depend on them.</source>
        <translation>Synchronise the clocks (systemd-timesyncd or chrony): schedules, retention and job times depend on them.</translation>
    </message>
    <message>
        <source>The clock agrees with the database server&apos;s (%1 s apart).</source>
        <translation>The clock agrees with the database server&apos;s (%1 s apart).</translation>
    </message>
    <message>
        <source>The repository is not open.</source>
        <translation>The repository is not open.</translation>
    </message>
    <message>
        <source>Run the doctor as a cloud admin.</source>
        <translation>Run the doctor as a cloud admin.</translation>
    </message>
    <message>
        <source>Check that %1 is reachable and readable by this account.</source>
        <translation>Check that %1 is reachable and readable by this account.</translation>
    </message>
    <message>
        <source>%1: format %2, %3 chunks, %4 stored.</source>
        <translation>%1: format %2, %3 chunks, %4 stored.</translation>
    </message>
    <message>
        <source>A RADOS pool: its space is the cluster&apos;s (ceph df).</source>
        <translation>A RADOS pool: its space is the cluster&apos;s (ceph df).</translation>
    </message>
    <message>
        <source>%1 free; the last 7 days added %2 a day: full in about %3 days.</source>
        <translation>%1 free; the last 7 days added %2 a day: full in about %3 days.</translation>
    </message>
    <message>
        <source>%1 free; nothing was added in the last 7 days.</source>
        <translation>%1 free; nothing was added in the last 7 days.</translation>
    </message>
    <message>
        <source>Free space or move the repository to a larger disk or a RADOS pool; prune with a retention policy and run &quot;repo gc&quot;.</source>
        <translation>Free space or move the repository to a larger disk or a RADOS pool; prune with a retention policy and run &quot;repo gc&quot;.</translation>
    </message>
    <message>
        <source>Check the monitors in the cluster&apos;s ceph.conf, the network and the client key; its volumes show as unreachable meanwhile.</source>
        <translation>Check the monitors in the cluster&apos;s ceph.conf, the network and the client key; its volumes show as unreachable meanwhile.</translation>
    </message>
    <message>
        <source>The keyring %1 does not exist.</source>
        <translation>The keyring %1 does not exist.</translation>
    </message>
    <message>
        <source>Name the right keyring in the cluster&apos;s ceph.conf.</source>
        <translation>Name the right keyring in the cluster&apos;s ceph.conf.</translation>
    </message>
    <message>
        <source>The keyring %1 is not readable by this account.</source>
        <translation>The keyring %1 is not readable by this account.</translation>
    </message>
    <message>
        <source>Give this account read access, and nobody else.</source>
        <translation>Give this account read access, and nobody else.</translation>
    </message>
    <message>
        <source>The keyring %1 can be read by other users.</source>
        <translation>The keyring %1 can be read by other users.</translation>
    </message>
    <message>
        <source>chmod 600 %1</source>
        <translation>chmod 600 %1</translation>
    </message>
    <message>
        <source>The keyring %1 is private.</source>
        <translation>The keyring %1 is private.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are creating or deleting with no job running them.</source>
        <translation>
            <numerusform>%n backup is creating or deleting with no job running it.</numerusform>
            <numerusform>%n backups are creating or deleting with no job running them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run any cloudbackupctl command on the host that ran them; it settles them.</source>
        <translation>Run any cloudbackupctl command on the host that ran them; it settles them.</translation>
    </message>
    <message>
        <source>No backup is stuck.</source>
        <translation>No backup is stuck.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have been running for more than a day.</source>
        <translation>
            <numerusform>%n job has been running for more than a day.</numerusform>
            <numerusform>%n jobs have been running for more than a day.</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at them with &quot;cloudbackupctl job list --running&quot; and &quot;job log ID&quot;.</source>
        <translation>Look at them with &quot;cloudbackupctl job list --running&quot; and &quot;job log ID&quot;.</translation>
    </message>
    <message>
        <source>No job has been running for a day.</source>
        <translation>No job has been running for a day.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are damaged.</source>
        <translation>
            <numerusform>%n backup is damaged.</numerusform>
            <numerusform>%n backups are damaged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back the volumes up again (the new backup stores the damaged chunks again), then &quot;repo verify&quot;; restore a damaged one only with --allow-damaged.</source>
        <translation>Back the volumes up again (the new backup stores the damaged chunks again), then &quot;repo verify&quot;; restore a damaged one only with --allow-damaged.</translation>
    </message>
    <message>
        <source>No backup is damaged.</source>
        <translation>No backup is damaged.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed.</source>
        <translation>
            <numerusform>%n backup failed.</numerusform>
            <numerusform>%n backups failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read their error with &quot;backup show ID&quot;; delete them when understood.</source>
        <translation>Read their error with &quot;backup show ID&quot;; delete them when understood.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) older than 30 days were never verified.</source>
        <translation>
            <numerusform>%n backup older than 30 days was never verified.</numerusform>
            <numerusform>%n backups older than 30 days were never verified.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;cloudbackupctl repo verify&quot;, or create a policy with --kind verify.</source>
        <translation>Run &quot;cloudbackupctl repo verify&quot;, or create a policy with --kind verify.</translation>
    </message>
    <message>
        <source>The home %1 and its files are private.</source>
        <translation>The home %1 and its files are private.</translation>
    </message>
    <message>
        <source>Other users may read or write: %1</source>
        <translation>Other users may read or write: %1</translation>
    </message>
    <message>
        <source>chmod go-rwx on each of them (folders 700, files 600).</source>
        <translation>chmod go-rwx on each of them (folders 700, files 600).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n volume(s) listed.</source>
        <translation>
            <numerusform>%1: %n volume listed.</numerusform>
            <numerusform>%1: %n volumes listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The job ended unexpectedly.</source>
        <translation>The job ended unexpectedly.</translation>
    </message>
    <message>
        <source>Cannot create the cloudbackup home %1.</source>
        <translation>Cannot create the cloudbackup home %1.</translation>
    </message>
    <message>
        <source>Interrupted: cloudbackup stopped while this job was running.</source>
        <translation>Interrupted: cloudbackup stopped while this job was running.</translation>
    </message>
    <message>
        <source>No volume given.</source>
        <translation>No volume given.</translation>
    </message>
    <message>
        <source>The volume name &quot;%1&quot; is ambiguous; use one of these ids: %2</source>
        <translation>The volume name &quot;%1&quot; is ambiguous; use one of these ids: %2</translation>
    </message>
    <message>
        <source>There is no volume &quot;%1&quot;.</source>
        <translation>There is no volume &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no volume type &quot;%1&quot;.</source>
        <translation>There is no volume type &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; no longer exists.</source>
        <translation>The volume &quot;%1&quot; no longer exists.</translation>
    </message>
    <message>
        <source>No backend serves the volume %1.</source>
        <translation>No backend serves the volume %1.</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>No backup selected.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after deleting %1 of %n backup(s).</source>
        <translation>
            <numerusform>Cancelled after deleting %1 of %n backup.</numerusform>
            <numerusform>Cancelled after deleting %1 of %n backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup has no tag &quot;%1&quot;.</source>
        <translation>The backup has no tag &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Cancelled by the user.</translation>
    </message>
    <message>
        <source>The parent backup is damaged or has missing chunks; the whole volume was read.</source>
        <translation>The parent backup is damaged or has missing chunks; the whole volume was read.</translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty or new, but the repository %2 holds %n backup(s). If the catalog was lost, recreate it with &quot;cloudbackupctl repo rebuild-catalog&quot;.</source>
        <translation>
            <numerusform>The catalog %1 is empty or new, but the repository %2 holds %n backup. If the catalog was lost, recreate it with &quot;cloudbackupctl repo rebuild-catalog&quot;.</numerusform>
            <numerusform>The catalog %1 is empty or new, but the repository %2 holds %n backups. If the catalog was lost, recreate it with &quot;cloudbackupctl repo rebuild-catalog&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 is being restored; delete it when the restore has finished.</source>
        <translation>The backup %1 is being restored; delete it when the restore has finished.</translation>
    </message>
    <message>
        <source>The index is missing from the repository.</source>
        <translation>The index is missing from the repository.</translation>
    </message>
    <message>
        <source>Damaged or missing data at %1.</source>
        <translation>Damaged or missing data at %1.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not available (status: %2).</source>
        <translation>The backup &quot;%1&quot; is not available (status: %2).</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged:
%2</source>
        <translation>The backup &quot;%1&quot; is damaged:
%2</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged at %2:
%3</source>
        <translation>The backup &quot;%1&quot; is damaged at %2:
%3</translation>
    </message>
    <message>
        <source>The index of backup %1 (&quot;%2&quot;) is missing from the repository.</source>
        <translation>The index of backup %1 (&quot;%2&quot;) is missing from the repository.</translation>
    </message>
    <message>
        <source>The repository holds backup %1, which the catalog does not list; run &quot;cloudbackupctl repo rebuild-catalog&quot; to add it.</source>
        <translation>The repository holds backup %1, which the catalog does not list; run &quot;cloudbackupctl repo rebuild-catalog&quot; to add it.</translation>
    </message>
    <message>
        <source>Chunk %1 has the wrong length.</source>
        <translation>Chunk %1 has the wrong length.</translation>
    </message>
    <message>
        <source>Choose either a new volume name or an existing volume to restore to.</source>
        <translation>Choose either a new volume name or an existing volume to restore to.</translation>
    </message>
    <message>
        <source>No backend serves volumes of type &quot;%1&quot; (%2).</source>
        <translation>No backend serves volumes of type &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged and was not restored; nothing was written. Damaged ranges: %2. Restore the intact data with --allow-damaged, or back up the volume again and verify to heal it.</source>
        <translation>The backup &quot;%1&quot; is damaged and was not restored; nothing was written. Damaged ranges: %2. Restore the intact data with --allow-damaged, or back up the volume again and verify to heal it.</translation>
    </message>
    <message>
        <source>Chunk %1 holds %2 bytes where the index expects %3.</source>
        <translation>Chunk %1 holds %2 bytes where the index expects %3.</translation>
    </message>
    <message>
        <source>The index of backup %1 describes a volume of %2 bytes; the catalog says %3.</source>
        <translation>The index of backup %1 describes a volume of %2 bytes; the catalog says %3.</translation>
    </message>
    <message>
        <source>The embedded catalog has one account, %1, the owner of the home; &quot;%2&quot; cannot log in to it. Accounts need a shared PostgreSQL catalog.</source>
        <translation>The embedded catalog has one account, %1, the owner of the home; &quot;%2&quot; cannot log in to it. Accounts need a shared PostgreSQL catalog.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can connect to the catalog but is not a cloudbackup account.</source>
        <translation>&quot;%1&quot; can connect to the catalog but is not a cloudbackup account.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>The account &quot;%1&quot; is disabled.</translation>
    </message>
    <message>
        <source>The embedded catalog has one account, the owner of the home. Accounts need a shared PostgreSQL catalog (--catalog postgresql://…).</source>
        <translation>The embedded catalog has one account, the owner of the home. Accounts need a shared PostgreSQL catalog (--catalog postgresql://…).</translation>
    </message>
    <message>
        <source>The Default project &quot;%1&quot; cannot be deleted.</source>
        <translation>The Default project &quot;%1&quot; cannot be deleted.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has volumes (%2); delete them first.</source>
        <translation>The project &quot;%1&quot; still has volumes (%2); delete them first.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>There is no account &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot;.</source>
        <translation>There is no project &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <source>There is no backup &quot;%1&quot;.</source>
        <translation>There is no backup &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Full backup &quot;%1&quot; of volume %2.</source>
        <translation>Full backup &quot;%1&quot; of volume %2.</translation>
    </message>
    <message>
        <source>Incremental backup &quot;%1&quot; of volume %2 (parent %3).</source>
        <translation>Incremental backup &quot;%1&quot; of volume %2 (parent %3).</translation>
    </message>
    <message>
        <source>Point in time taken: %1 of volume data.</source>
        <translation>Point in time taken: %1 of volume data.</translation>
    </message>
    <message>
        <source>Chunks read: %1 of %2 to read; new data stored: %3.</source>
        <translation>Chunks read: %1 of %2 to read; new data stored: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n chunk(s) (%1).</source>
        <translation>
            <numerusform>Checked %n chunk (%1).</numerusform>
            <numerusform>Checked %n chunks (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is whole again and available.</source>
        <translation>The backup is whole again and available.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n chunk(s) (%1) of %2 backup(s); %3 damaged.</source>
        <translation>
            <numerusform>Checked %n chunk (%1) of %2 backup; %3 damaged.</numerusform>
            <numerusform>Checked %n chunks (%1) of %2 backups; %3 damaged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>…and %n more problem.</numerusform>
            <numerusform>…and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its Ceph cluster is not configured here (see --ceph-conf and clusters.json in the home).</source>
        <translation>Its Ceph cluster is not configured here (see --ceph-conf and clusters.json in the home).</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n backup(s), leaf first.</source>
        <translation>
            <numerusform>Deleting %n backup, leaf first.</numerusform>
            <numerusform>Deleting %n backups, leaf first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unused chunk(s), %1 freed.</source>
        <translation>
            <numerusform>Removed %n unused chunk, %1 freed.</numerusform>
            <numerusform>Removed %n unused chunks, %1 freed.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no job &quot;%1&quot;.</source>
        <translation>There is no job &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Started on %1 (process %2).</source>
        <translation>Started on %1 (process %2).</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>Finished.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>There is no policy named &quot;%1&quot;.</source>
        <translation>There is no policy named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Only a complete backup can be protected; %1 is %2.</source>
        <translation>Only a complete backup can be protected; %1 is %2.</translation>
    </message>
    <message>
        <source>Say what to keep (--keep-last, --keep-daily, …): a prune without any keep rule would remove everything, so nothing is removed.</source>
        <translation>Say what to keep (--keep-last, --keep-daily, …): a prune without any keep rule would remove everything, so nothing is removed.</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n problem(s): %1</source>
        <translation>
            <numerusform>The repository has %n problem: %1</numerusform>
            <numerusform>The repository has %n problems: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>By policy %1</source>
        <translation>By policy %1</translation>
    </message>
    <message>
        <source>Restore of backup &quot;%1&quot; to a new volume %2.</source>
        <translation>Restore of backup &quot;%1&quot; to a new volume %2.</translation>
    </message>
    <message>
        <source>Restore of backup &quot;%1&quot; over volume %2.</source>
        <translation>Restore of backup &quot;%1&quot; over volume %2.</translation>
    </message>
    <message>
        <source>Written: %1 to volume %2.</source>
        <translation>Written: %1 to volume %2.</translation>
    </message>
    <message numerus="yes">
        <source>Damaged chunks were written as zeros (%n chunk(s)).</source>
        <translation>
            <numerusform>Damaged chunks were written as zeros (%n chunk).</numerusform>
            <numerusform>Damaged chunks were written as zeros (%n chunks).</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled by policy %1.</source>
        <translation>Scheduled by policy %1.</translation>
    </message>
    <message>
        <source>The repository %1 holds no copy of the backup &quot;%2&quot;.</source>
        <translation>The repository %1 holds no copy of the backup &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reading the copy in %1.</source>
        <translation>Reading the copy in %1.</translation>
    </message>
    <message>
        <source>Chunk %1 was not copied.</source>
        <translation>Chunk %1 was not copied.</translation>
    </message>
    <message>
        <source>Name the other repository: a folder or rados:POOL[/NAMESPACE].</source>
        <translation>Name the other repository: a folder or rados:POOL[/NAMESPACE].</translation>
    </message>
    <message>
        <source>%1 is this console&apos;s own repository; name another one.</source>
        <translation>%1 is this console&apos;s own repository; name another one.</translation>
    </message>
    <message numerus="yes">
        <source>Copying to %1: %n backup(s) selected.</source>
        <translation>
            <numerusform>Copying to %1: %n backup selected.</numerusform>
            <numerusform>Copying to %1: %n backups selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was not copied to %2: %3</source>
        <translation>The backup &quot;%1&quot; was not copied to %2: %3</translation>
    </message>
    <message>
        <source>Copied and verified backup &quot;%1&quot;.</source>
        <translation>Copied and verified backup &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chunk(s), %1.</source>
        <translation>
            <numerusform>Wrote %n chunk, %1.</numerusform>
            <numerusform>Wrote %n chunks, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileBackend</name>
    <message>
        <source>File volumes in %1</source>
        <translation>File volumes in %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file volume id.</source>
        <translation>&quot;%1&quot; is not a file volume id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file volume id.</source>
        <translation>&quot;%1&quot; is not a valid file volume id.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; does not exist.</source>
        <translation>The volume &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>File volumes have only the volume type &quot;file&quot;, not &quot;%1&quot;.</source>
        <translation>File volumes have only the volume type &quot;file&quot;, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>The size must be greater than zero.</translation>
    </message>
    <message>
        <source>Cannot create the directory for project &quot;%1&quot;.</source>
        <translation>Cannot create the directory for project &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in project &quot;%2&quot;.</source>
        <translation>A volume named &quot;%1&quot; already exists in project &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the volume image %1: %2</source>
        <translation>Cannot create the volume image %1: %2</translation>
    </message>
    <message>
        <source>Cannot size the volume image %1: %2</source>
        <translation>Cannot size the volume image %1: %2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use and cannot be deleted.</source>
        <translation>The volume &quot;%1&quot; is in use and cannot be deleted.</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>Cannot delete %1.</translation>
    </message>
    <message>
        <source>Read error at offset %1: %2</source>
        <translation>Read error at offset %1: %2</translation>
    </message>
    <message>
        <source>Write error at offset %1: %2</source>
        <translation>Write error at offset %1: %2</translation>
    </message>
    <message>
        <source>Cannot flush the volume: %1</source>
        <translation>Cannot flush the volume: %1</translation>
    </message>
    <message>
        <source>Cannot open the volume image %1: %2</source>
        <translation>Cannot open the volume image %1: %2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use. Use the force option to back it up while it is attached.</source>
        <translation>The volume &quot;%1&quot; is in use. Use the force option to back it up while it is attached.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored by another job.</source>
        <translation>The volume &quot;%1&quot; is being restored by another job.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use; detach it before restoring over it.</source>
        <translation>The volume &quot;%1&quot; is in use; detach it before restoring over it.</translation>
    </message>
    <message>
        <source>The volume image %1 is already attached.</source>
        <translation>The volume image %1 is already attached.</translation>
    </message>
    <message>
        <source>The folder of project &quot;%1&quot; (%2) is a symbolic link or not a folder; cloudbackup does not follow links out of %3.</source>
        <translation>The folder of project &quot;%1&quot; (%2) is a symbolic link or not a folder; cloudbackup does not follow links out of %3.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; cloudbackup does not follow links out of %2.</source>
        <translation>%1 is a symbolic link or not a regular file; cloudbackup does not follow links out of %2.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>Garbage collection</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Off-site copy</source>
        <translation>Off-site copy</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>&quot;%1&quot; is not a mail address.</source>
        <translation>&quot;%1&quot; is not a mail address.</translation>
    </message>
    <message>
        <source>There is no sendmail program at %1; install a mail transfer agent.</source>
        <translation>There is no sendmail program at %1; install a mail transfer agent.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within a minute.</source>
        <translation>%1 did not finish within a minute.</translation>
    </message>
    <message>
        <source>%1 refused the mail (exit %2): %3</source>
        <translation>%1 refused the mail (exit %2): %3</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit.</source>
        <translation>The policy name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Say which volumes the policy backs up with exactly one of --volume, --project or --match.</source>
        <translation>Say which volumes the policy backs up with exactly one of --volume, --project or --match.</translation>
    </message>
    <message>
        <source>A %1 policy works on the whole repository: give it a schedule only, no volumes and no retention.</source>
        <translation>A %1 policy works on the whole repository: give it a schedule only, no volumes and no retention.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never runs again.</source>
        <translation>The schedule &quot;%1&quot; never runs again.</translation>
    </message>
    <message>
        <source>Counts must be between 0 and 100000.</source>
        <translation>Counts must be between 0 and 100000.</translation>
    </message>
    <message>
        <source>The minimum age must not be negative.</source>
        <translation>The minimum age must not be negative.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address; give one address such as ops@example.com.</source>
        <translation>&quot;%1&quot; is not a mail address; give one address such as ops@example.com.</translation>
    </message>
</context>
<context>
    <name>RbdBackend</name>
    <message>
        <source>&quot;%1&quot; is not an RBD volume id (%2POOL/[NAMESPACE/]IMAGE).</source>
        <translation>&quot;%1&quot; is not an RBD volume id (%2POOL/[NAMESPACE/]IMAGE).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RBD volume id.</source>
        <translation>&quot;%1&quot; is not a valid RBD volume id.</translation>
    </message>
    <message>
        <source>There is no Ceph pool &quot;%1&quot;.</source>
        <translation>There is no Ceph pool &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot open the Ceph pool &quot;%1&quot;: %2</source>
        <translation>Cannot open the Ceph pool &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the parent backup&apos;s snapshot is missing; all data was read and compared</source>
        <translation>the parent backup&apos;s snapshot is missing; all data was read and compared</translation>
    </message>
    <message>
        <source>Cannot list the changes of &quot;%1&quot; since snapshot %2: %3</source>
        <translation>Cannot list the changes of &quot;%1&quot; since snapshot %2: %3</translation>
    </message>
    <message>
        <source>Read error in &quot;%1&quot; at offset %2: %3</source>
        <translation>Read error in &quot;%1&quot; at offset %2: %3</translation>
    </message>
    <message>
        <source>Cannot list the allocated data of &quot;%1&quot;: %2</source>
        <translation>Cannot list the allocated data of &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Write error in &quot;%1&quot; at offset %2: %3</source>
        <translation>Write error in &quot;%1&quot; at offset %2: %3</translation>
    </message>
    <message>
        <source>Cannot zero %1 bytes of &quot;%2&quot; at offset %3: %4</source>
        <translation>Cannot zero %1 bytes of &quot;%2&quot; at offset %3: %4</translation>
    </message>
    <message>
        <source>Cannot flush &quot;%1&quot;: %2</source>
        <translation>Cannot flush &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot clear the restore marker of &quot;%1&quot;: %2</source>
        <translation>Cannot clear the restore marker of &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The Ceph configuration file %1 does not exist.</source>
        <translation>The Ceph configuration file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot initialise the Ceph client %1: %2</source>
        <translation>Cannot initialise the Ceph client %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the Ceph configuration %1: %2</source>
        <translation>Cannot read the Ceph configuration %1: %2</translation>
    </message>
    <message>
        <source>Cannot parse CEPH_ARGS: %1</source>
        <translation>Cannot parse CEPH_ARGS: %1</translation>
    </message>
    <message>
        <source>Ceph cluster %1 (%2), pools: %3</source>
        <translation>Ceph cluster %1 (%2), pools: %3</translation>
    </message>
    <message>
        <source>Cannot list the images of pool &quot;%1&quot;: %2</source>
        <translation>Cannot list the images of pool &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The pool &quot;%1&quot; is not one of the configured volume types (%2).</source>
        <translation>The pool &quot;%1&quot; is not one of the configured volume types (%2).</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; does not exist.</source>
        <translation>The volume &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the volume &quot;%1&quot;: %2</source>
        <translation>Cannot open the volume &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>There is no volume type &quot;%1&quot; in the Ceph cluster (types: %2).</source>
        <translation>There is no volume type &quot;%1&quot; in the Ceph cluster (types: %2).</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>The size must be greater than zero.</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has no RBD namespace in pool &quot;%2&quot; (create it with &quot;rbd namespace create %2/%1&quot;).</source>
        <translation>The project &quot;%1&quot; has no RBD namespace in pool &quot;%2&quot; (create it with &quot;rbd namespace create %2/%1&quot;).</translation>
    </message>
    <message>
        <source>Cannot parse the RBD features %1: %2</source>
        <translation>Cannot parse the RBD features %1: %2</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in project &quot;%2&quot; of pool &quot;%3&quot;.</source>
        <translation>A volume named &quot;%1&quot; already exists in project &quot;%2&quot; of pool &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Cannot create the RBD image %1: %2</source>
        <translation>Cannot create the RBD image %1: %2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached) and cannot be deleted.</source>
        <translation>The volume &quot;%1&quot; is in use (attached) and cannot be deleted.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored and cannot be deleted.</source>
        <translation>The volume &quot;%1&quot; is being restored and cannot be deleted.</translation>
    </message>
    <message>
        <source>Cannot list the snapshots of &quot;%1&quot;: %2</source>
        <translation>Cannot list the snapshots of &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 of &quot;%2&quot;: %3</source>
        <translation>Cannot remove the snapshot %1 of &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; has snapshots that cloudbackup did not make; remove them first.</source>
        <translation>The volume &quot;%1&quot; has snapshots that cloudbackup did not make; remove them first.</translation>
    </message>
    <message>
        <source>Cannot delete the volume &quot;%1&quot;: %2</source>
        <translation>Cannot delete the volume &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached). Use the force option to back it up anyway; the backup is crash-consistent.</source>
        <translation>The volume &quot;%1&quot; is in use (attached). Use the force option to back it up anyway; the backup is crash-consistent.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored and cannot be backed up now.</source>
        <translation>The volume &quot;%1&quot; is being restored and cannot be backed up now.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in error (an interrupted restore) and cannot be backed up.</source>
        <translation>The volume &quot;%1&quot; is in error (an interrupted restore) and cannot be backed up.</translation>
    </message>
    <message>
        <source>Cannot create the snapshot %1 of &quot;%2&quot;: %3</source>
        <translation>Cannot create the snapshot %1 of &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1 of &quot;%2&quot;: %3</source>
        <translation>Cannot open the snapshot %1 of &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored by another job.</source>
        <translation>The volume &quot;%1&quot; is being restored by another job.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached); detach it before restoring over it.</source>
        <translation>The volume &quot;%1&quot; is in use (attached); detach it before restoring over it.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (another client holds its lock): %2</source>
        <translation>The volume &quot;%1&quot; is in use (another client holds its lock): %2</translation>
    </message>
    <message>
        <source>Cannot mark &quot;%1&quot; as being restored: %2</source>
        <translation>Cannot mark &quot;%1&quot; as being restored: %2</translation>
    </message>
    <message>
        <source>the image has no fast-diff feature: every object of the volume was examined to find its data (enable the object-map and fast-diff features to avoid this)</source>
        <translation>the image has no fast-diff feature: every object of the volume was examined to find its data (enable the object-map and fast-diff features to avoid this)</translation>
    </message>
    <message>
        <source>the object map of snapshot %1 is invalid: every object of the volume was examined to find its data (&quot;rbd object-map rebuild&quot; repairs it)</source>
        <translation>the object map of snapshot %1 is invalid: every object of the volume was examined to find its data (&quot;rbd object-map rebuild&quot; repairs it)</translation>
    </message>
    <message>
        <source>The Ceph pool &quot;%1&quot; does not exist in cluster %2.</source>
        <translation>The Ceph pool &quot;%1&quot; does not exist in cluster %2.</translation>
    </message>
    <message>
        <source>Cannot connect to the Ceph cluster %1: %2</source>
        <translation>Cannot connect to the Ceph cluster %1: %2</translation>
    </message>
    <message>
        <source>Ceph cluster %1: unreachable (%2)</source>
        <translation>Ceph cluster %1: unreachable (%2)</translation>
    </message>
    <message>
        <source>Ceph cluster %1: not connected yet</source>
        <translation>Ceph cluster %1: not connected yet</translation>
    </message>
</context>
<context>
    <name>RbdClusters</name>
    <message>
        <source>The Ceph cluster settings %1 are not valid: %2</source>
        <translation>The Ceph cluster settings %1 are not valid: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of seconds from 1 to 3600.</source>
        <translation>&quot;%1&quot; must be a whole number of seconds from 1 to 3600.</translation>
    </message>
    <message>
        <source>each entry of &quot;clusters&quot; must be an object.</source>
        <translation>each entry of &quot;clusters&quot; must be an object.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;.</source>
        <translation>unknown setting &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot; has no &quot;conf&quot; file.</source>
        <translation>the cluster &quot;%1&quot; has no &quot;conf&quot; file.</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot; has an empty &quot;client&quot;.</source>
        <translation>the cluster &quot;%1&quot; has an empty &quot;client&quot;.</translation>
    </message>
    <message>
        <source>the pools of cluster &quot;%1&quot; must be names.</source>
        <translation>the pools of cluster &quot;%1&quot; must be names.</translation>
    </message>
    <message>
        <source>Cannot read the Ceph cluster settings %1: %2</source>
        <translation>Cannot read the Ceph cluster settings %1: %2</translation>
    </message>
    <message>
        <source>it must be an object with a &quot;clusters&quot; list.</source>
        <translation>it must be an object with a &quot;clusters&quot; list.</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot; is named twice.</source>
        <translation>the cluster &quot;%1&quot; is named twice.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Ceph cluster name (letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;, at most 32, starting with a letter or digit).</source>
        <translation>&quot;%1&quot; is not a valid Ceph cluster name (letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;, at most 32, starting with a letter or digit).</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Cannot create the repository directory %1.</source>
        <translation>Cannot create the repository directory %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The manifest of backup %1 is missing from the repository.</source>
        <translation>The manifest of backup %1 is missing from the repository.</translation>
    </message>
    <message>
        <source>The manifest of backup %1 is damaged.</source>
        <translation>The manifest of backup %1 is damaged.</translation>
    </message>
    <message>
        <source>Cannot flush the repository directory %1: %2</source>
        <translation>Cannot flush the repository directory %1: %2</translation>
    </message>
    <message>
        <source>Cannot compress the index.</source>
        <translation>Cannot compress the index.</translation>
    </message>
    <message>
        <source>The index of backup %1 is incomplete.</source>
        <translation>The index of backup %1 is incomplete.</translation>
    </message>
    <message>
        <source>The index of backup %1 is damaged (%2).</source>
        <translation>The index of backup %1 is damaged (%2).</translation>
    </message>
    <message>
        <source>The index of backup %1 is missing from the repository.</source>
        <translation>The index of backup %1 is missing from the repository.</translation>
    </message>
    <message>
        <source>not an index</source>
        <translation>not an index</translation>
    </message>
    <message>
        <source>The index of backup %1 has format %2, which this version of cloudbackup cannot read.</source>
        <translation>The index of backup %1 has format %2, which this version of cloudbackup cannot read.</translation>
    </message>
    <message>
        <source>bad header length</source>
        <translation>bad header length</translation>
    </message>
    <message>
        <source>header checksum</source>
        <translation>header checksum</translation>
    </message>
    <message>
        <source>header</source>
        <translation>header</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncated</translation>
    </message>
    <message>
        <source>window</source>
        <translation>window</translation>
    </message>
    <message>
        <source>window checksum</source>
        <translation>window checksum</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>The index of backup %1 has no more entries.</source>
        <translation>The index of backup %1 has no more entries.</translation>
    </message>
    <message>
        <source>Cannot upgrade the repository %1: %2</source>
        <translation>Cannot upgrade the repository %1: %2</translation>
    </message>
    <message>
        <source>%1 is already a cloudbackup repository.</source>
        <translation>%1 is already a cloudbackup repository.</translation>
    </message>
    <message>
        <source>There is no repository at %1. Create one with &quot;cloudbackupctl repo init %1&quot;.</source>
        <translation>There is no repository at %1. Create one with &quot;cloudbackupctl repo init %1&quot;.</translation>
    </message>
    <message>
        <source>%1 is not a cloudbackup repository (it has no %2). Check --repository, or create a repository in an empty folder with &quot;cloudbackupctl repo init&quot;.</source>
        <translation>%1 is not a cloudbackup repository (it has no %2). Check --repository, or create a repository in an empty folder with &quot;cloudbackupctl repo init&quot;.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Cannot read %1.</translation>
    </message>
    <message>
        <source>The format file %1 is damaged.</source>
        <translation>The format file %1 is damaged.</translation>
    </message>
    <message>
        <source>The repository %1 has format %2; this version of cloudbackup reads formats up to %3. Use a newer cloudbackup.</source>
        <translation>The repository %1 has format %2; this version of cloudbackup reads formats up to %3. Use a newer cloudbackup.</translation>
    </message>
    <message>
        <source>The repository %1 uses an unsupported chunk size.</source>
        <translation>The repository %1 uses an unsupported chunk size.</translation>
    </message>
    <message>
        <source>%1 is not a plain folder (a symbolic link?); the repository does not follow links.</source>
        <translation>%1 is not a plain folder (a symbolic link?); the repository does not follow links.</translation>
    </message>
    <message>
        <source>Cannot create the staging folder %1: %2</source>
        <translation>Cannot create the staging folder %1: %2</translation>
    </message>
    <message>
        <source>Cannot move chunk %1 into the repository: %2</source>
        <translation>Cannot move chunk %1 into the repository: %2</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>Chunk %1 is missing from the repository.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (unreadable header).</source>
        <translation>Chunk %1 is damaged (unreadable header).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (bad length).</source>
        <translation>Chunk %1 is damaged (bad length).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (cannot decompress).</source>
        <translation>Chunk %1 is damaged (cannot decompress).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (unknown encoding).</source>
        <translation>Chunk %1 is damaged (unknown encoding).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (checksum mismatch).</source>
        <translation>Chunk %1 is damaged (checksum mismatch).</translation>
    </message>
    <message>
        <source>Cannot move the damaged chunk %1 aside: %2</source>
        <translation>Cannot move the damaged chunk %1 aside: %2</translation>
    </message>
    <message>
        <source>Cannot remove the index of backup %1: %2</source>
        <translation>Cannot remove the index of backup %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the repository lock: %1</source>
        <translation>Cannot open the repository lock: %1</translation>
    </message>
    <message>
        <source>Cannot lock the repository: %1</source>
        <translation>Cannot lock the repository: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Garbage collection stopped: %1</source>
        <translation>Garbage collection stopped: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The repository %1 needs a Ceph configuration: give --repository-ceph-conf FILE (or --ceph-conf, or CEPH_CONF).</source>
        <translation>The repository %1 needs a Ceph configuration: give --repository-ceph-conf FILE (or --ceph-conf, or CEPH_CONF).</translation>
    </message>
    <message>
        <source>The Ceph configuration file %1 does not exist.</source>
        <translation>The Ceph configuration file %1 does not exist.</translation>
    </message>
    <message>
        <source>Cannot initialise the Ceph client</source>
        <translation>Cannot initialise the Ceph client</translation>
    </message>
    <message>
        <source>Cannot read the Ceph configuration %1</source>
        <translation>Cannot read the Ceph configuration %1</translation>
    </message>
    <message>
        <source>Cannot connect to the Ceph cluster of %1</source>
        <translation>Cannot connect to the Ceph cluster of %1</translation>
    </message>
    <message>
        <source>The Ceph pool &quot;%1&quot; does not exist.</source>
        <translation>The Ceph pool &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>Cannot open the Ceph pool &quot;%1&quot;</source>
        <translation>Cannot open the Ceph pool &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot lock the repository</source>
        <translation>Cannot lock the repository</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s gc epoch</source>
        <translation>Cannot read the repository&apos;s gc epoch</translation>
    </message>
    <message>
        <source>Cannot check chunk %1</source>
        <translation>Cannot check chunk %1</translation>
    </message>
    <message>
        <source>Cannot write chunk %1</source>
        <translation>Cannot write chunk %1</translation>
    </message>
    <message>
        <source>Cannot write chunk %1: it keeps changing.</source>
        <translation>Cannot write chunk %1: it keeps changing.</translation>
    </message>
    <message>
        <source>The lease on the repository %1 ran out while this backup ran (the host lost touch with the cluster); the backup is not kept.</source>
        <translation>The lease on the repository %1 ran out while this backup ran (the host lost touch with the cluster); the backup is not kept.</translation>
    </message>
    <message>
        <source>Cannot start garbage collection</source>
        <translation>Cannot start garbage collection</translation>
    </message>
    <message>
        <source>Cannot list the repository %1: %2</source>
        <translation>Cannot list the repository %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RADOS repository location; write rados:POOL or rados:POOL/NAMESPACE.</source>
        <translation>&quot;%1&quot; is not a RADOS repository location; write rados:POOL or rados:POOL/NAMESPACE.</translation>
    </message>
    <message>
        <source>%1 is not empty; a repository is created only in a new or empty folder, pool or namespace.</source>
        <translation>%1 is not empty; a repository is created only in a new or empty folder, pool or namespace.</translation>
    </message>
    <message>
        <source>The repository %1 has format 1, which exists only in a local folder.</source>
        <translation>The repository %1 has format 1, which exists only in a local folder.</translation>
    </message>
    <message>
        <source>This build of cloudbackup cannot use the repository %1.</source>
        <translation>This build of cloudbackup cannot use the repository %1.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (it fails authentication: altered, truncated or not of this repository).</source>
        <translation>Chunk %1 is damaged (it fails authentication: altered, truncated or not of this repository).</translation>
    </message>
    <message>
        <source>The index of backup %1 is damaged (it fails authentication: altered, truncated or not of this repository).</source>
        <translation>The index of backup %1 is damaged (it fails authentication: altered, truncated or not of this repository).</translation>
    </message>
    <message>
        <source>The record of backup %1 is damaged (it fails authentication: altered, truncated or not of this repository).</source>
        <translation>The record of backup %1 is damaged (it fails authentication: altered, truncated or not of this repository).</translation>
    </message>
    <message>
        <source>There is no repository at %1.</source>
        <translation>There is no repository at %1.</translation>
    </message>
    <message>
        <source>The repository %1 is not encrypted.</source>
        <translation>The repository %1 is not encrypted.</translation>
    </message>
    <message>
        <source>The repository %1 uses the encryption &quot;%2&quot;, which this version of cloudbackup does not know. Use a newer cloudbackup.</source>
        <translation>The repository %1 uses the encryption &quot;%2&quot;, which this version of cloudbackup does not know. Use a newer cloudbackup.</translation>
    </message>
    <message>
        <source>Cannot update the repository&apos;s list of backups: %1</source>
        <translation>Cannot update the repository&apos;s list of backups: %1</translation>
    </message>
    <message>
        <source>Cannot list the repository to build its list of backups: %1</source>
        <translation>Cannot list the repository to build its list of backups: %1</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s list of backups: %1</source>
        <translation>Cannot read the repository&apos;s list of backups: %1</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: give its passphrase with --password-file FILE (a private file), CLOUDBACKUP_REPOSITORY_PASSWORD, or on a terminal; or its key file with --key-file FILE.</source>
        <translation>The repository %1 is encrypted: give its passphrase with --password-file FILE (a private file), CLOUDBACKUP_REPOSITORY_PASSWORD, or on a terminal; or its key file with --key-file FILE.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached). Use the force option to back it up anyway; it will see brief I/O latency and the backup is crash-consistent.</source>
        <translation>The volume &quot;%1&quot; is in use (attached). Use the force option to back it up anyway; it will see brief I/O latency and the backup is crash-consistent.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored and cannot be backed up now.</source>
        <translation>The volume &quot;%1&quot; is being restored and cannot be backed up now.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in error (an interrupted restore) and cannot be backed up.</source>
        <translation>The volume &quot;%1&quot; is in error (an interrupted restore) and cannot be backed up.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; no longer exists.</source>
        <translation>The volume &quot;%1&quot; no longer exists.</translation>
    </message>
    <message>
        <source>The volume has no available backup yet, so the backup must be full. An incremental backup needs a previous backup to build on.</source>
        <translation>The volume has no available backup yet, so the backup must be full. An incremental backup needs a previous backup to build on.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not available (status: %2).</source>
        <translation>The backup &quot;%1&quot; is not available (status: %2).</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is %2; only an available volume can be restored over.</source>
        <translation>The volume &quot;%1&quot; is %2; only an available volume can be restored over.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; (%2) is smaller than the backup (%3).</source>
        <translation>The volume &quot;%1&quot; (%2) is smaller than the backup (%3).</translation>
    </message>
    <message>
        <source>There is no backup with id &quot;%1&quot;.</source>
        <translation>There is no backup with id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The backup %1 is busy (%2); try again when it is done.</source>
        <translation>The backup %1 is busy (%2); try again when it is done.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these backups depend on it: %2. Delete them first (newest first) or select them too.</source>
        <translation>%1 cannot be deleted while these backups depend on it: %2. Delete them first (newest first) or select them too.</translation>
    </message>
    <message>
        <source>The backup chain is inconsistent (a cycle of parents).</source>
        <translation>The backup chain is inconsistent (a cycle of parents).</translation>
    </message>
    <message>
        <source>The backup chain is broken: backup %1 is missing.</source>
        <translation>The backup chain is broken: backup %1 is missing.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; cannot be reached from here (its storage is not connected).</source>
        <translation>The volume &quot;%1&quot; cannot be reached from here (its storage is not connected).</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while a backup that depends on it cannot: %2.</source>
        <translation>%1 cannot be deleted while a backup that depends on it cannot: %2.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; cannot be reached from here: %2</source>
        <translation>The volume &quot;%1&quot; cannot be reached from here: %2</translation>
    </message>
    <message>
        <source>The backup %1 is protected; unprotect it first (backup unprotect).</source>
        <translation>The backup %1 is protected; unprotect it first (backup unprotect).</translation>
    </message>
    <message>
        <source>The backup %1 is younger than the minimum age of policy %2; it can be deleted after %3.</source>
        <translation>The backup %1 is younger than the minimum age of policy %2; it can be deleted after %3.</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>The %1 must not be empty.</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>The %1 is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>The %1 must not contain control characters.</source>
        <translation>The %1 must not contain control characters.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, and must start with a letter or digit.</source>
        <translation>The %1 &quot;%2&quot; may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, and must start with a letter or digit.</translation>
    </message>
    <message>
        <source>volume name</source>
        <translation>volume name</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>project name</translation>
    </message>
    <message>
        <source>The backup name must not be empty.</source>
        <translation>The backup name must not be empty.</translation>
    </message>
    <message>
        <source>The backup name is too long (at most %1 characters).</source>
        <translation>The backup name is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The backup name must not contain control characters.</source>
        <translation>The backup name must not contain control characters.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>The description is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>The description must not contain control characters.</source>
        <translation>The description must not contain control characters.</translation>
    </message>
    <message>
        <source>A tag must not be empty.</source>
        <translation>A tag must not be empty.</translation>
    </message>
    <message>
        <source>A tag must not start or end with spaces.</source>
        <translation>A tag must not start or end with spaces.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>The tag &quot;%1&quot; is too long (at most %2 characters).</translation>
    </message>
    <message>
        <source>A tag must not contain control characters or commas.</source>
        <translation>A tag must not contain control characters or commas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size; use a number with K, M, G or T (for example 10G).</source>
        <translation>&quot;%1&quot; is not a size; use a number with K, M, G or T (for example 10G).</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is too large.</source>
        <translation>The size &quot;%1&quot; is too large.</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>The size must be greater than zero.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; may contain only lowercase letters a–z, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, must start with a letter and have at most 63 characters.</source>
        <translation>The account name &quot;%1&quot; may contain only lowercase letters a–z, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, must start with a letter and have at most 63 characters.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is reserved.</source>
        <translation>The account name &quot;%1&quot; is reserved.</translation>
    </message>
</context>
<context>
    <name>Volume</name>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditModel</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the audit log again</source>
        <translation>Read the audit log again</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Only what this account did</source>
        <translation>Only what this account did</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (all)</translation>
    </message>
    <message>
        <source>Only this action, or a group of actions</source>
        <translation>Only this action, or a group of actions</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Only what was done since this local time</source>
        <translation>Only what was done since this local time</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>Could not read the audit log: %1</translation>
    </message>
    <message>
        <source>The newest %L1 entries</source>
        <translation>The newest %L1 entries</translation>
    </message>
    <message>
        <source>Entries: %L1</source>
        <translation>Entries: %L1</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupActions</name>
    <message>
        <source>Create Backup</source>
        <translation>Create Backup</translation>
    </message>
    <message>
        <source>Create a backup of a volume</source>
        <translation>Create a backup of a volume</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Restore the selected backup to a new or an existing volume</source>
        <translation>Restore the selected backup to a new or an existing volume</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit the name and description of the selected backup</source>
        <translation>Edit the name and description of the selected backup</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Edit Tags</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the selected backups (leaf first)</source>
        <translation>Delete the selected backups (leaf first)</translation>
    </message>
    <message>
        <source>Backup Chain</source>
        <translation>Backup Chain</translation>
    </message>
    <message>
        <source>Show the backup chain of the selected backup&apos;s volume</source>
        <translation>Show the backup chain of the selected backup&apos;s volume</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read volumes and backups again</source>
        <translation>Read volumes and backups again</translation>
    </message>
    <message>
        <source>There is no volume to back up yet: create one on the Volumes page first.</source>
        <translation>There is no volume to back up yet: create one on the Volumes page first.</translation>
    </message>
    <message>
        <source>None of the volumes exists any more: create a volume on the Volumes page first.</source>
        <translation>None of the volumes exists any more: create a volume on the Volumes page first.</translation>
    </message>
    <message>
        <source>Edit the tags of the selected backups (added to or removed from each)</source>
        <translation>Edit the tags of the selected backups (added to or removed from each)</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>Protect</translation>
    </message>
    <message>
        <source>Protect the selected backups: nobody can delete or prune them until they are unprotected</source>
        <translation>Protect the selected backups: nobody can delete or prune them until they are unprotected</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>Unprotect</translation>
    </message>
    <message>
        <source>Allow the selected backups to be deleted and pruned again (audited)</source>
        <translation>Allow the selected backups to be deleted and pruned again (audited)</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupDetails</name>
    <message numerus="yes">
        <source>%n backups selected.</source>
        <translation>
            <numerusform>%n backups selected.</numerusform>
            <numerusform>%n backups selected.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a backup to see all of its details.</source>
        <translation>Select a backup to see all of its details.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Damage:</source>
        <translation>Damage:</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <source>Last verify:</source>
        <translation>Last verify:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>Parent:</translation>
    </message>
    <message>
        <source>none (starts a chain)</source>
        <translation>none (starts a chain)</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>Volume:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Volume type:</source>
        <translation>Volume type:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation>Volume size:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Read:</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>Stored:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>Completed:</translation>
    </message>
    <message>
        <source>Forced:</source>
        <translation>Forced:</translation>
    </message>
    <message>
        <source>yes: an in-use volume, crash-consistent</source>
        <translation>yes: an in-use volume, crash-consistent</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>this console&apos;s repository</source>
        <translation>this console&apos;s repository</translation>
    </message>
    <message>
        <source>%1 (copy verified %2)</source>
        <translation>%1 (copy verified %2)</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>Stored in:</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>Volume size</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>New bytes this backup added to the repository (after deduplication and compression)</source>
        <translation>New bytes this backup added to the repository (after deduplication and compression)</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>Backup %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>Parent: %1</translation>
    </message>
    <message>
        <source>Forced backup of an in-use volume (crash-consistent)</source>
        <translation>Forced backup of an in-use volume (crash-consistent)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Show the backup chain of %1</source>
        <translation>Show the backup chain of %1</translation>
    </message>
    <message>
        <source>Read %1, stored %2</source>
        <translation>Read %1, stored %2</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Protected: nobody can delete or prune it until it is unprotected</source>
        <translation>Protected: nobody can delete or prune it until it is unprotected</translation>
    </message>
    <message>
        <source>Kept by policy %1 until %2 (minimum age)</source>
        <translation>Kept by policy %1 until %2 (minimum age)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Last verified %1: %2</source>
        <translation>Last verified %1: %2</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupsPage</name>
    <message>
        <source>Search name, volume, project, tag, description</source>
        <translation>Search name, volume, project, tag, description</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>No volume backups yet</source>
        <translation>No volume backups yet</translation>
    </message>
    <message>
        <source>Create Demo Data</source>
        <translation>Create Demo Data</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln backup(s)</source>
        <translation>
            <numerusform>%L1 of %Ln backup</numerusform>
            <numerusform>%L1 of %Ln backups</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;cloudbackup keeps full and incremental backups of your cloud volumes and restores them to a new or an existing volume.&lt;/p&gt;&lt;p&gt;There are no volumes yet. Create one with &lt;b&gt;Create Volume&lt;/b&gt;, write data to it, then back it up with &lt;b&gt;Create Backup&lt;/b&gt;. Or try every action at once on a few demo volumes with &lt;b&gt;Create Demo Data&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;cloudbackup keeps full and incremental backups of your cloud volumes and restores them to a new or an existing volume.&lt;/p&gt;&lt;p&gt;There are no volumes yet. Create one with &lt;b&gt;Create Volume&lt;/b&gt;, write data to it, then back it up with &lt;b&gt;Create Backup&lt;/b&gt;. Or try every action at once on a few demo volumes with &lt;b&gt;Create Demo Data&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>Create Volume</translation>
    </message>
    <message>
        <source>Protection Not Changed</source>
        <translation>Protection Not Changed</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verify Repository</source>
        <translation>Verify Repository</translation>
    </message>
    <message>
        <source>Select one or more backups to verify.</source>
        <translation>Select one or more backups to verify.</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot be verified while it is %2.</source>
        <translation>The backup &quot;%1&quot; cannot be verified while it is %2.</translation>
    </message>
    <message>
        <source>Read every chunk of the selected backups and check it; each backup&apos;s result shows in the Verified column</source>
        <translation>Read every chunk of the selected backups and check it; each backup&apos;s result shows in the Verified column</translation>
    </message>
    <message>
        <source>Check every chunk of the repository and the catalog against it</source>
        <translation>Check every chunk of the repository and the catalog against it</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChainListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChainPage</name>
    <message>
        <source>Volume: </source>
        <translation>Volume: </translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>Restore This Backup</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a volume to see its backup chain.</source>
        <translation>Choose a volume to see its backup chain.</translation>
    </message>
    <message>
        <source>%1 in %2, %3 stored</source>
        <translation>%1 in %2, %3 stored</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln backup</numerusform>
            <numerusform>%Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln chain</numerusform>
            <numerusform>%Ln chains</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a backup in the chain to see its details. Double-click restores it.</source>
        <translation>Click a backup in the chain to see its details. Double-click restores it.</translation>
    </message>
    <message>
        <source>none (full backup)</source>
        <translation>none (full backup)</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation> (forced)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field label in the details panel</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No volumes yet</source>
        <translation>No volumes yet</translation>
    </message>
    <message>
        <source>No volume chosen</source>
        <translation>No volume chosen</translation>
    </message>
    <message>
        <source>No backups of %1 yet</source>
        <translation>No backups of %1 yet</translation>
    </message>
    <message>
        <source>&lt;p&gt;A backup chain shows a volume&apos;s full backups and the incremental backups built on them. Create a volume on the &lt;b&gt;Volumes&lt;/b&gt; page and back it up with &lt;b&gt;Create Backup&lt;/b&gt;; its chain is drawn here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A backup chain shows a volume&apos;s full backups and the incremental backups built on them. Create a volume on the &lt;b&gt;Volumes&lt;/b&gt; page and back it up with &lt;b&gt;Create Backup&lt;/b&gt;; its chain is drawn here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a volume above to see its backup chain: its full backups and the incremental backups built on them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choose a volume above to see its backup chain: its full backups and the incremental backups built on them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back the volume up with &lt;b&gt;Create Backup&lt;/b&gt;: the first backup is full, the next ones can be incremental, and the chain they form is drawn here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Back the volume up with &lt;b&gt;Create Backup&lt;/b&gt;: the first backup is full, the next ones can be incremental, and the chain they form is drawn here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the whole chain (0; the wheel zooms, dragging pans)</source>
        <translation>Show the whole chain (0; the wheel zooms, dragging pans)</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>Zoom In</translation>
    </message>
    <message>
        <source>Show half as much of the chain (+)</source>
        <translation>Show half as much of the chain (+)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Zoom Out</translation>
    </message>
    <message>
        <source>Show twice as much of the chain (-)</source>
        <translation>Show twice as much of the chain (-)</translation>
    </message>
    <message>
        <source>Evenly Spaced</source>
        <translation>Evenly Spaced</translation>
    </message>
    <message>
        <source>One slot per backup instead of a time axis: backups made close together stay apart</source>
        <translation>One slot per backup instead of a time axis: backups made close together stay apart</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChainPlot</name>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>newest</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>Chain %1</translation>
    </message>
    <message>
        <source>Chain %1 (parent missing)</source>
        <translation>Chain %1 (parent missing)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Read: %1</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>Stored: %1</translation>
    </message>
    <message>
        <source>Status: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;</source>
        <translation>Status: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The whole chain; the frame is the part shown above. Click or drag to move it.</source>
        <translation>The whole chain; the frame is the part shown above. Click or drag to move it.</translation>
    </message>
</context>
<context>
    <name>cb::ui::CreateBackupDialog</name>
    <message>
        <source>Create Volume Backup</source>
        <translation>Create Volume Backup</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volume:</translation>
    </message>
    <message>
        <source>&amp;Force backup</source>
        <translation>&amp;Force backup</translation>
    </message>
    <message>
        <source>Backup type:</source>
        <translation>Backup type:</translation>
    </message>
    <message>
        <source>F&amp;ull backup</source>
        <translation>F&amp;ull backup</translation>
    </message>
    <message>
        <source>&amp;Incremental backup</source>
        <translation>&amp;Incremental backup</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Default: the volume name and the time</source>
        <translation>Default: the volume name and the time</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A complete copy of every allocated block of the volume at this point in time.</source>
        <translation>A complete copy of every allocated block of the volume at this point in time.</translation>
    </message>
    <message>
        <source>Only the blocks changed since the previous backup of the volume.</source>
        <translation>Only the blocks changed since the previous backup of the volume.</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>The volume is attached to a running instance. It will see brief read/write latency while the backup takes its point in time; the backup is crash-consistent.</source>
        <translation>The volume is attached to a running instance. It will see brief read/write latency while the backup takes its point in time; the backup is crash-consistent.</translation>
    </message>
    <message>
        <source>The volume has no available backup yet, so only a full backup can be created.</source>
        <translation>The volume has no available backup yet, so only a full backup can be created.</translation>
    </message>
    <message>
        <source>There is no volume to back up yet.</source>
        <translation>There is no volume to back up yet.</translation>
    </message>
    <message>
        <source>Choose the volume to back up.</source>
        <translation>Choose the volume to back up.</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use. Check &quot;Force backup&quot; to back it up anyway.</source>
        <translation>The volume &quot;%1&quot; is in use. Check &quot;Force backup&quot; to back it up anyway.</translation>
    </message>
</context>
<context>
    <name>cb::ui::CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>Create Volume</translation>
    </message>
    <message>
        <source>A new, empty volume. Back it up once it holds data; its backups are listed under its name.</source>
        <translation>A new, empty volume. Back it up once it holds data; its backups are listed under its name.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>for example db-data</source>
        <translation>for example db-data</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>A number with K, M, G or T (binary units), for example 10G</source>
        <translation>A number with K, M, G or T (binary units), for example 10G</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>&amp;Volume type:</source>
        <translation>&amp;Volume type:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; exists already.</source>
        <translation>A volume named &quot;%1&quot; exists already.</translation>
    </message>
    <message>
        <source>No volume backend here can create volumes.</source>
        <translation>No volume backend here can create volumes.</translation>
    </message>
</context>
<context>
    <name>cb::ui::DashboardPage</name>
    <message>
        <source>Overview — could not read the figures: %1</source>
        <translation>Overview — could not read the figures: %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Space saved</source>
        <translation>Space saved</translation>
    </message>
    <message>
        <source>Stored bytes over time</source>
        <translation>Stored bytes over time</translation>
    </message>
    <message>
        <source>Space per project</source>
        <translation>Space per project</translation>
    </message>
    <message>
        <source>Space and last successful backup per volume</source>
        <translation>Space and last successful backup per volume</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>Logical</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Last successful backup</source>
        <translation>Last successful backup</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Click a backup to open it</source>
        <translation>Click a backup to open it</translation>
    </message>
    <message>
        <source>Nothing to count yet</source>
        <translation>Nothing to count yet</translation>
    </message>
    <message>
        <source>&lt;p&gt;The dashboard shows the repository&apos;s size, how much deduplication and compression save, how the backups grow and which ones need attention. Create a volume on the &lt;b&gt;Volumes&lt;/b&gt; page and back it up with &lt;b&gt;Create Backup&lt;/b&gt;; its figures appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The dashboard shows the repository&apos;s size, how much deduplication and compression save, how the backups grow and which ones need attention. Create a volume on the &lt;b&gt;Volumes&lt;/b&gt; page and back it up with &lt;b&gt;Create Backup&lt;/b&gt;; its figures appear here.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create Volume…</source>
        <translation>Create Volume…</translation>
    </message>
    <message>
        <source>Double-click a volume to see its backup chain</source>
        <translation>Double-click a volume to see its backup chain</translation>
    </message>
    <message numerus="yes">
        <source>on disk: %Ln chunk(s) and the backups&apos; indexes</source>
        <translation>
            <numerusform>on disk: %Ln chunk and the backups&apos; indexes</numerusform>
            <numerusform>on disk: %Ln chunks and the backups&apos; indexes</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository&apos;s size is shown to accounts that see every project.</source>
        <translation>The repository&apos;s size is shown to accounts that see every project.</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln volume(s)</source>
        <translation>
            <numerusform>of %Ln volume</numerusform>
            <numerusform>of %Ln volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 of volume data backed up (%2 read)</source>
        <translation>for %1 of volume data backed up (%2 read)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>logical ÷ stored: deduplication across backups and compression save %1</source>
        <translation>logical ÷ stored: deduplication across backups and compression save %1</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>This volume has no successful backup</source>
        <translation>This volume has no successful backup</translation>
    </message>
    <message>
        <source>Needs attention: nothing — no failed or damaged backups</source>
        <translation>Needs attention: nothing — no failed or damaged backups</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %Ln failed or damaged backup(s), the newest %1 listed</source>
        <translation>
            <numerusform>Needs attention: %Ln failed or damaged backup, the newest %1 listed</numerusform>
            <numerusform>Needs attention: %Ln failed or damaged backups, the newest %1 listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %Ln failed or damaged backup(s)</source>
        <translation>
            <numerusform>Needs attention: %Ln failed or damaged backup</numerusform>
            <numerusform>Needs attention: %Ln failed or damaged backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The health check found %Ln problem(s).</source>
        <translation>
            <numerusform>The health check found %Ln problem.</numerusform>
            <numerusform>The health check found %Ln problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The health check found %Ln thing(s) to look at.</source>
        <translation>
            <numerusform>The health check found %Ln thing to look at.</numerusform>
            <numerusform>The health check found %Ln things to look at.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Health Check</source>
        <translation>Open Health Check</translation>
    </message>
    <message>
        <source>Nothing stored: the data backed up is all zeros or holes.</source>
        <translation>Nothing stored: the data backed up is all zeros or holes.</translation>
    </message>
</context>
<context>
    <name>cb::ui::DeleteBackupsDialog</name>
    <message>
        <source>Delete Volume Backups</source>
        <translation>Delete Volume Backups</translation>
    </message>
    <message>
        <source>A backup that others depend on cannot be deleted: a full backup only after the incremental backups based on it, and incremental backups newest first. A selection that contains the whole end of a chain is deleted in that order.</source>
        <translation>A backup that others depend on cannot be deleted: a full backup only after the incremental backups based on it, and incremental backups newest first. A selection that contains the whole end of a chain is deleted in that order.</translation>
    </message>
    <message>
        <source>These backups will be deleted, in this order:</source>
        <translation>These backups will be deleted, in this order:</translation>
    </message>
    <message>
        <source>Select the dependent backups too</source>
        <translation>Select the dependent backups too</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Select the %n dependent backup(s) too</source>
        <translation>
            <numerusform>Select the dependent backup too</numerusform>
            <numerusform>Select the %n dependent backups too</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Working out what can be deleted from %Ln selected backup(s)…</source>
        <translation>
            <numerusform>Working out what can be deleted from %Ln selected backup…</numerusform>
            <numerusform>Working out what can be deleted from %Ln selected backups…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) will be deleted. They store %1 in the repository; up to that much space is freed (data shared with other backups stays).</source>
        <translation>
            <numerusform>%Ln backup will be deleted. It stores %1 in the repository; up to that much space is freed (data shared with other backups stays).</numerusform>
            <numerusform>%Ln backups will be deleted. They store %1 in the repository; up to that much space is freed (data shared with other backups stays).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting is permanent: a deleted backup cannot be recovered or restored.</source>
        <translation>Deleting is permanent: a deleted backup cannot be recovered or restored.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected backup(s) can be deleted now.</source>
        <translation>
            <numerusform>None of the %Ln selected backup can be deleted now.</numerusform>
            <numerusform>None of the %Ln selected backups can be deleted now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected backup(s) cannot be deleted and will be kept:</source>
        <translation>
            <numerusform>%Ln selected backup cannot be deleted and will be kept:</numerusform>
            <numerusform>%Ln selected backups cannot be deleted and will be kept:</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Backup(s)</source>
        <translation>
            <numerusform>Delete %Ln Backup</numerusform>
            <numerusform>Delete %Ln Backups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::DoctorPage</name>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Health Check</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Run Again</translation>
    </message>
    <message>
        <source>Check the catalog, the repository, the Ceph clusters, jobs, backups and file modes again (the same checks as &quot;cloudbackupctl doctor&quot;)</source>
        <translation>Check the catalog, the repository, the Ceph clusters, jobs, backups and file modes again (the same checks as &quot;cloudbackupctl doctor&quot;)</translation>
    </message>
    <message>
        <source>The health check reads every project; it is for cloud admins.</source>
        <translation>The health check reads every project; it is for cloud admins.</translation>
    </message>
    <message>
        <source>Checking the catalog, the repository and the clusters… An unreachable cluster can take up to a minute to answer.</source>
        <translation>Checking the catalog, the repository and the clusters… An unreachable cluster can take up to a minute to answer.</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>The checks could not run: %1</translation>
    </message>
    <message>
        <source>Failed: %1, needing attention: %2 — checked %3. Each row says what to do.</source>
        <translation>Failed: %1, needing attention: %2 — checked %3. Each row says what to do.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) failed — checked %1. Each row says what to do.</source>
        <translation>
            <numerusform>%Ln check failed — checked %1. Each row says what to do.</numerusform>
            <numerusform>%Ln checks failed — checked %1. Each row says what to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) need attention — checked %1.</source>
        <translation>
            <numerusform>%Ln check needs attention — checked %1.</numerusform>
            <numerusform>%Ln checks need attention — checked %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln check(s) passed — checked %1.</source>
        <translation>
            <numerusform>All %Ln check passed — checked %1.</numerusform>
            <numerusform>All %Ln checks passed — checked %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>To fix: %1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Catalog integrity</source>
        <translation>Catalog integrity</translation>
    </message>
    <message>
        <source>Clock against the database server</source>
        <translation>Clock against the database server</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Repository space</source>
        <translation>Repository space</translation>
    </message>
    <message>
        <source>Stuck backups</source>
        <translation>Stuck backups</translation>
    </message>
    <message>
        <source>Long-running jobs</source>
        <translation>Long-running jobs</translation>
    </message>
    <message>
        <source>Damaged backups</source>
        <translation>Damaged backups</translation>
    </message>
    <message>
        <source>Failed backups</source>
        <translation>Failed backups</translation>
    </message>
    <message>
        <source>Backups never verified</source>
        <translation>Backups never verified</translation>
    </message>
    <message>
        <source>Private files</source>
        <translation>Private files</translation>
    </message>
    <message>
        <source>Ceph cluster %1: keyring</source>
        <translation>Ceph cluster %1: keyring</translation>
    </message>
    <message>
        <source>Ceph cluster %1</source>
        <translation>Ceph cluster %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditBackupDialog</name>
    <message>
        <source>Edit Volume Backup</source>
        <translation>Edit Volume Backup</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditTagsDialog</name>
    <message>
        <source>Edit Resource Tags</source>
        <translation>Edit Resource Tags</translation>
    </message>
    <message>
        <source>Tags of &lt;b&gt;%1&lt;/b&gt;. Type a tag and press Enter: existing tags are offered as you type, and a tag that does not exist yet is created.</source>
        <translation>Tags of &lt;b&gt;%1&lt;/b&gt;. Type a tag and press Enter: existing tags are offered as you type, and a tag that does not exist yet is created.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 (new tag)</source>
        <translation>%1 (new tag)</translation>
    </message>
    <message numerus="yes">
        <source>Tags of &lt;b&gt;%n backups&lt;/b&gt;. A tag you add is added to each of them, a tag you remove is removed from each; the others stay as they are. Type a tag and press Enter: existing tags are offered as you type.</source>
        <translation>
            <numerusform>Tags of &lt;b&gt;%n backups&lt;/b&gt;. A tag you add is added to each of them, a tag you remove is removed from each; the others stay as they are. Type a tag and press Enter: existing tags are offered as you type.</numerusform>
            <numerusform>Tags of &lt;b&gt;%n backups&lt;/b&gt;. A tag you add is added to each of them, a tag you remove is removed from each; the others stay as they are. Type a tag and press Enter: existing tags are offered as you type.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (added to all)</source>
        <translation>%1 (added to all)</translation>
    </message>
    <message>
        <source>%1 (on %2 of %3)</source>
        <translation>%1 (on %2 of %3)</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobAlert</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 failed on %2: %3</translation>
    </message>
    <message>
        <source>Show Job</source>
        <translation>Show Job</translation>
    </message>
    <message>
        <source>Open the job and its log on the jobs page</source>
        <translation>Open the job and its log on the jobs page</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobIndicator</name>
    <message>
        <source>Cancel the running job</source>
        <translation>Cancel the running job</translation>
    </message>
    <message>
        <source>Show the jobs to cancel one</source>
        <translation>Show the jobs to cancel one</translation>
    </message>
    <message>
        <source>Show the jobs page</source>
        <translation>Show the jobs page</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 left</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobModel</name>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln backup(s)</source>
        <translation>
            <numerusform>%L1 of %Ln backup</numerusform>
            <numerusform>%L1 of %Ln backups</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>Cancel this job</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Job %1 on %2 (process %3)</source>
        <translation>Job %1 on %2 (process %3)</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Ended %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobsPage</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the selected running jobs (or the only running one)</source>
        <translation>Cancel the selected running jobs (or the only running one)</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Clear Finished</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>Select a job to see its log.</translation>
    </message>
    <message>
        <source>Log of job %1</source>
        <translation>Log of job %1</translation>
    </message>
    <message>
        <source>Remove this console&apos;s finished, failed and cancelled jobs from the top of the list (they stay in the history below)</source>
        <translation>Remove this console&apos;s finished, failed and cancelled jobs from the top of the list (they stay in the history below)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>cb::ui::LoginDialog</name>
    <message>
        <source>Log In to cloudbackup</source>
        <translation>Log In to cloudbackup</translation>
    </message>
    <message>
        <source>This catalog is shared by several accounts. Log in with your cloudbackup account.</source>
        <translation>This catalog is shared by several accounts. Log in with your cloudbackup account.</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catalog:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>Empty: PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Enter the account to log in as.</source>
        <translation>Enter the account to log in as.</translation>
    </message>
    <message>
        <source>Could not log in as %1: %2</source>
        <translation>Could not log in as %1: %2</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>About cloudbackup</source>
        <translation>About cloudbackup</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cloudbackup %1&lt;/h3&gt;&lt;p&gt;Full and incremental backups of cloud block volumes (Ceph RBD images and raw image files), with backup chains, restore to a new or an existing volume, and tags.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cloudbackup %1&lt;/h3&gt;&lt;p&gt;Full and incremental backups of cloud block volumes (Ceph RBD images and raw image files), with backup chains, restore to a new or an existing volume, and tags.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Could not read the catalog: %1</translation>
    </message>
    <message>
        <source>Volume Backups</source>
        <translation>Volume Backups</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Backup Chain</source>
        <translation>Backup Chain</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Create &amp;Demo Data</source>
        <translation>Create &amp;Demo Data</translation>
    </message>
    <message>
        <source>Create a few file volumes with data and backups to try every action</source>
        <translation>Create a few file volumes with data and backups to try every action</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About cloudbackup</source>
        <translation>&amp;About cloudbackup</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>Jobs Are Running</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Quit and cancel them? A cancelled backup leaves no partial backup; a cancelled restore leaves its target volume incomplete.</source>
        <translation>
            <numerusform>%n job is still running. Quit and cancel it? A cancelled backup leaves no partial backup; a cancelled restore leaves its target volume incomplete.</numerusform>
            <numerusform>%n jobs are still running. Quit and cancel them? A cancelled backup leaves no partial backup; a cancelled restore leaves its target volume incomplete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Who did what, when, and with what result</source>
        <translation>Who did what, when, and with what result</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Logged in as %1 (%2)</translation>
    </message>
    <message>
        <source>cloudbackup — %1</source>
        <translation>cloudbackup — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Policies</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>Health Check</translation>
    </message>
    <message>
        <source>What is wrong, and what to do about it</source>
        <translation>What is wrong, and what to do about it</translation>
    </message>
</context>
<context>
    <name>cb::ui::PoliciesPage</name>
    <message>
        <source>Backup Policies</source>
        <translation>Backup Policies</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>New Policy</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>Run Now</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read the policies again</source>
        <translation>Read the policies again</translation>
    </message>
    <message>
        <source>Create a policy: which volumes, when, and how many backups are kept</source>
        <translation>Create a policy: which volumes, when, and how many backups are kept</translation>
    </message>
    <message>
        <source>Change the selected policy</source>
        <translation>Change the selected policy</translation>
    </message>
    <message>
        <source>Delete the selected policy (its backups stay)</source>
        <translation>Delete the selected policy (its backups stay)</translation>
    </message>
    <message>
        <source>Run the selected policy now: back up its volumes, then prune</source>
        <translation>Run the selected policy now: back up its volumes, then prune</translation>
    </message>
    <message>
        <source>Could not read the policies: %1</source>
        <translation>Could not read the policies: %1</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; created.</source>
        <translation>Policy &quot;%1&quot; created.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; saved.</source>
        <translation>Policy &quot;%1&quot; saved.</translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>Delete Policy</translation>
    </message>
    <message>
        <source>Delete the policy &quot;%1&quot;? Its volumes are no longer backed up by it; the backups it made stay.</source>
        <translation>Delete the policy &quot;%1&quot;? Its volumes are no longer backed up by it; the backups it made stay.</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; deleted.</source>
        <translation>Policy &quot;%1&quot; deleted.</translation>
    </message>
    <message>
        <source>Could not delete the policy: %1</source>
        <translation>Could not delete the policy: %1</translation>
    </message>
    <message>
        <source>Backup Policies of the project %1</source>
        <translation>Backup Policies of the project %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::PolicyDialog</name>
    <message>
        <source>Edit Policy %1</source>
        <translation>Edit Policy %1</translation>
    </message>
    <message>
        <source>New Backup Policy</source>
        <translation>New Backup Policy</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>&amp;Back up:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Schedule:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>A full backup every</source>
        <translation>A full backup every</translation>
    </message>
    <message>
        <source>or every</source>
        <translation>or every</translation>
    </message>
    <message>
        <source>Keep &amp;last:</source>
        <translation>Keep &amp;last:</translation>
    </message>
    <message>
        <source>&amp;Hourly:</source>
        <translation>&amp;Hourly:</translation>
    </message>
    <message>
        <source>&amp;Daily:</source>
        <translation>&amp;Daily:</translation>
    </message>
    <message>
        <source>&amp;Weekly:</source>
        <translation>&amp;Weekly:</translation>
    </message>
    <message>
        <source>&amp;Monthly:</source>
        <translation>&amp;Monthly:</translation>
    </message>
    <message>
        <source>&amp;Yearly:</source>
        <translation>&amp;Yearly:</translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation>Minimum &amp;age:</translation>
    </message>
    <message>
        <source>for example nightly-db</source>
        <translation>for example nightly-db</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>These volumes</source>
        <translation>These volumes</translation>
    </message>
    <message>
        <source>Every volume of a project</source>
        <translation>Every volume of a project</translation>
    </message>
    <message>
        <source>Volumes whose name matches a pattern</source>
        <translation>Volumes whose name matches a pattern</translation>
    </message>
    <message>
        <source>for example db-* (evaluated at each run)</source>
        <translation>for example db-* (evaluated at each run)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>daily, hourly, Mon..Fri 22:00, *-*-01 03:00 UTC</source>
        <translation>daily, hourly, Mon..Fri 22:00, *-*-01 03:00 UTC</translation>
    </message>
    <message>
        <source>A calendar event in systemd&apos;s syntax (systemd.time(7)), in this computer&apos;s time zone unless one is named</source>
        <translation>A calendar event in systemd&apos;s syntax (systemd.time(7)), in this computer&apos;s time zone unless one is named</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Always full</source>
        <translation>Always full</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Force: also back up volumes in use (crash-consistent)</source>
        <translation>&amp;Force: also back up volumes in use (crash-consistent)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>for example 7d</source>
        <translation>for example 7d</translation>
    </message>
    <message>
        <source>Backups younger than this are never deleted or pruned: 30d, 12h, 2w, 1d12h</source>
        <translation>Backups younger than this are never deleted or pruned: 30d, 12h, 2w, 1d12h</translation>
    </message>
    <message>
        <source>What the retention keeps</source>
        <translation>What the retention keeps</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Say when the policy runs, for example daily.</source>
        <translation>Say when the policy runs, for example daily.</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never runs again.</source>
        <translation>The schedule &quot;%1&quot; never runs again.</translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation>Give the policy a name.</translation>
    </message>
    <message>
        <source>Choose at least one volume.</source>
        <translation>Choose at least one volume.</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Choose a project.</translation>
    </message>
    <message>
        <source>Type a name pattern, for example db-*.</source>
        <translation>Type a name pattern, for example db-*.</translation>
    </message>
    <message>
        <source>The minimum age &quot;%1&quot; is not a duration: use for example 30d, 12h, 2w or 1d12h.</source>
        <translation>The minimum age &quot;%1&quot; is not a duration: use for example 30d, 12h, 2w or 1d12h.</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>Next runs: %1</translation>
    </message>
    <message>
        <source>Covers no volume now.</source>
        <translation>Covers no volume now.</translation>
    </message>
    <message numerus="yes">
        <source>Covers %Ln volume(s) now: %1</source>
        <translation>
            <numerusform>Covers %Ln volume now: %1</numerusform>
            <numerusform>Covers %Ln volumes now: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::PolicyModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>Project %1</translation>
    </message>
    <message>
        <source>Names matching %1</source>
        <translation>Names matching %1</translation>
    </message>
    <message>
        <source>Always full</source>
        <translation>Always full</translation>
    </message>
    <message numerus="yes">
        <source>a full every %Ln backup(s)</source>
        <translation>
            <numerusform>a full every %Ln backup</numerusform>
            <numerusform>a full every %Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a full every %Ln day(s)</source>
        <translation>
            <numerusform>a full every %Ln day</numerusform>
            <numerusform>a full every %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <source>Incremental, %1</source>
        <translation>Incremental, %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Keep all</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>last %1</translation>
    </message>
    <message>
        <source>%1 hourly</source>
        <translation>%1 hourly</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>%1 daily</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>%1 weekly</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>%1 monthly</translation>
    </message>
    <message>
        <source>%1 yearly</source>
        <translation>%1 yearly</translation>
    </message>
    <message>
        <source>minimum age %1</source>
        <translation>minimum age %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the rules of a retention</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>cb::ui::RestoreDialog</name>
    <message>
        <source>Restore Volume Backup</source>
        <translation>Restore Volume Backup</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 backup of volume &lt;b&gt;%3&lt;/b&gt; (%4), created %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 backup of volume &lt;b&gt;%3&lt;/b&gt; (%4), created %5</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>Restore to:</translation>
    </message>
    <message>
        <source>Create &amp;new volume</source>
        <translation>Create &amp;new volume</translation>
    </message>
    <message>
        <source>Choose &amp;existing volume</source>
        <translation>Choose &amp;existing volume</translation>
    </message>
    <message>
        <source>Volume type:</source>
        <translation>Volume type:</translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation>Volume &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Target volume:</source>
        <translation>&amp;Target volume:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A restored volume keeps the type of the backed-up volume.</source>
        <translation>A restored volume keeps the type of the backed-up volume.</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>The backup is %1 and cannot be restored.</source>
        <translation>The backup is %1 and cannot be restored.</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; exists already in project %2.</source>
        <translation>A volume named &quot;%1&quot; exists already in project %2.</translation>
    </message>
    <message>
        <source>No volume can take this backup: a target must be available (not attached) and at least %1. Restore to a new volume instead.</source>
        <translation>No volume can take this backup: a target must be available (not attached) and at least %1. Restore to a new volume instead.</translation>
    </message>
    <message>
        <source>All data on the volume &quot;%1&quot; will be overwritten by the data of the backup. This cannot be undone.</source>
        <translation>All data on the volume &quot;%1&quot; will be overwritten by the data of the backup. This cannot be undone.</translation>
    </message>
    <message>
        <source>I understand that the data on &quot;%1&quot; will be &amp;overwritten</source>
        <translation>I understand that the data on &quot;%1&quot; will be &amp;overwritten</translation>
    </message>
    <message>
        <source>Confirm that the data on &quot;%1&quot; may be overwritten.</source>
        <translation>Confirm that the data on &quot;%1&quot; may be overwritten.</translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation>%1 — cannot be used</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be used: a target must be available (not attached) and at least %1.</source>
        <translation>
            <numerusform>%n volume cannot be used: a target must be available (not attached) and at least %1.</numerusform>
            <numerusform>%n volumes cannot be used: a target must be available (not attached) and at least %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume (%1) is larger than the backup (%2): only its first %2 are written, the last %3 keep their current data.</source>
        <translation>The volume (%1) is larger than the backup (%2): only its first %2 are written, the last %3 keep their current data.</translation>
    </message>
    <message>
        <source>%1 Choose another volume or restore to a new volume.</source>
        <translation>%1 Choose another volume or restore to a new volume.</translation>
    </message>
</context>
<context>
    <name>cb::ui::RetentionPreview</name>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>Kept by</translation>
    </message>
    <message>
        <source>The volume whose backups the preview shows</source>
        <translation>The volume whose backups the preview shows</translation>
    </message>
    <message>
        <source>The policy covers no volume yet.</source>
        <translation>The policy covers no volume yet.</translation>
    </message>
    <message>
        <source>No keep rule is set: every backup is kept, nothing is pruned.</source>
        <translation>No keep rule is set: every backup is kept, nothing is pruned.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Could not compute the preview: %1</source>
        <translation>Could not compute the preview: %1</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>remove</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the rules that keep a backup</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 of %Ln backup(s), removes %2.</source>
        <translation>
            <numerusform>Keeps %1 of %Ln backup, removes %2.</numerusform>
            <numerusform>Keeps %1 of %Ln backups, removes %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>This volume has no complete backup yet.</source>
        <translation>This volume has no complete backup yet.</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>hourly</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>kept as parent</source>
        <translation>kept as parent</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>protected</translation>
    </message>
    <message>
        <source>minimum age</source>
        <translation>minimum age</translation>
    </message>
</context>
<context>
    <name>cb::ui::ScopeSwitcher</name>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Show the volumes, backups and chains of one project or of all</source>
        <translation>Show the volumes, backups and chains of one project or of all</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>All my projects</source>
        <translation>All my projects</translation>
    </message>
</context>
<context>
    <name>cb::ui::Session</name>
    <message>
        <source>Incremental backup of %1</source>
        <translation>Incremental backup of %1</translation>
    </message>
    <message>
        <source>Full backup of %1</source>
        <translation>Full backup of %1</translation>
    </message>
    <message>
        <source>Backup &quot;%1&quot; created: read %2, stored %3.</source>
        <translation>Backup &quot;%1&quot; created: read %2, stored %3.</translation>
    </message>
    <message>
        <source>Restore %1 over an existing volume</source>
        <translation>Restore %1 over an existing volume</translation>
    </message>
    <message>
        <source>Restore %1 to new volume %2</source>
        <translation>Restore %1 to new volume %2</translation>
    </message>
    <message>
        <source>Restored to volume &quot;%1&quot; (%2).</source>
        <translation>Restored to volume &quot;%1&quot; (%2).</translation>
    </message>
    <message>
        <source>Delete backup %1</source>
        <translation>Delete backup %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln backup(s)</source>
        <translation>
            <numerusform>Delete %Ln backup</numerusform>
            <numerusform>Delete %Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln backup(s).</source>
        <translation>
            <numerusform>Deleted %Ln backup.</numerusform>
            <numerusform>Deleted %Ln backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Create demo data</translation>
    </message>
    <message>
        <source>Ceph RBD</source>
        <translation>Ceph RBD</translation>
    </message>
    <message>
        <source>image files</source>
        <translation>image files</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Home %1 · %2 catalog · volumes: %3</source>
        <translation>Home %1 · %2 catalog · volumes: %3</translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation>Home: %1</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>Catalog: %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>Volumes: %1</source>
        <translation>Volumes: %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>project %1</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>all projects</translation>
    </message>
    <message>
        <source>all my projects</source>
        <translation>all my projects</translation>
    </message>
    <message>
        <source>User %1 · %2 · %3</source>
        <translation>User %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Verify backup %1</source>
        <translation>Verify backup %1</translation>
    </message>
    <message numerus="yes">
        <source>Verify %Ln backup(s)</source>
        <translation>
            <numerusform>Verify %Ln backup</numerusform>
            <numerusform>Verify %Ln backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) intact: %1 checked.</source>
        <translation>
            <numerusform>%Ln backup intact: %1 checked.</numerusform>
            <numerusform>%Ln backups intact: %1 checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed verification; see the jobs page.</source>
        <translation>
            <numerusform>%n backup failed verification; see the jobs page.</numerusform>
            <numerusform>%n backups failed verification; see the jobs page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Verify the repository</source>
        <translation>Verify the repository</translation>
    </message>
    <message numerus="yes">
        <source>Repository verified: %1 checked, %Ln problem(s).</source>
        <translation>
            <numerusform>Repository verified: %1 checked, %Ln problem.</numerusform>
            <numerusform>Repository verified: %1 checked, %Ln problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>The repository has %n problem; the first: %1</numerusform>
            <numerusform>The repository has %n problems; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run policy %1</source>
        <translation>Run policy %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln backup(s), </source>
        <translation>
            <numerusform>Created %Ln backup, </numerusform>
            <numerusform>Created %Ln backups, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed, </source>
        <translation>
            <numerusform>%Ln failed, </numerusform>
            <numerusform>%Ln failed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pruned %Ln.</source>
        <translation>
            <numerusform>pruned %Ln.</numerusform>
            <numerusform>pruned %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cb::ui::VolumeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Volume type</source>
        <translation>Volume type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Newest backup</translation>
    </message>
    <message>
        <source>The volume was deleted; its backups can still be restored to a new volume.</source>
        <translation>The volume was deleted; its backups can still be restored to a new volume.</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Image file</translation>
    </message>
    <message>
        <source>Next scheduled backup</source>
        <translation>Next scheduled backup</translation>
    </message>
    <message>
        <source>By policy %1</source>
        <translation>By policy %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::VolumesPage</name>
    <message>
        <source>Create Backup</source>
        <translation>Create Backup</translation>
    </message>
    <message>
        <source>Create a backup of the selected volume</source>
        <translation>Create a backup of the selected volume</translation>
    </message>
    <message>
        <source>Backup Chain</source>
        <translation>Backup Chain</translation>
    </message>
    <message>
        <source>Show the backup chain of the selected volume</source>
        <translation>Show the backup chain of the selected volume</translation>
    </message>
    <message>
        <source>Search volumes</source>
        <translation>Search volumes</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>Delete Volume</translation>
    </message>
    <message>
        <source>Delete the volume &quot;%1&quot; and all the data on it? This cannot be undone.</source>
        <translation>Delete the volume &quot;%1&quot; and all the data on it? This cannot be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln backup(s) are kept and can be restored to a new volume.</source>
        <translation>
            <numerusform>Its %Ln backup is kept and can be restored to a new volume.</numerusform>
            <numerusform>Its %Ln backups are kept and can be restored to a new volume.</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; was not deleted: %2</source>
        <translation>The volume &quot;%1&quot; was not deleted: %2</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>Create Volume</translation>
    </message>
    <message>
        <source>No volumes yet</source>
        <translation>No volumes yet</translation>
    </message>
    <message>
        <source>&lt;p&gt;A volume is a block device of a virtual machine: cloudbackup backs it up and restores it.&lt;/p&gt;&lt;p&gt;Create an empty volume with &lt;b&gt;Create Volume&lt;/b&gt; (name, size, project and type), write data to it, then back it up with &lt;b&gt;Create Backup&lt;/b&gt;. Volumes that already exist in the cloud are listed here as soon as they are found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;A volume is a block device of a virtual machine: cloudbackup backs it up and restores it.&lt;/p&gt;&lt;p&gt;Create an empty volume with &lt;b&gt;Create Volume&lt;/b&gt; (name, size, project and type), write data to it, then back it up with &lt;b&gt;Create Backup&lt;/b&gt;. Volumes that already exist in the cloud are listed here as soon as they are found.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no volume to back up yet: create one first</source>
        <translation>There is no volume to back up yet: create one first</translation>
    </message>
    <message>
        <source>Select a volume to back it up</source>
        <translation>Select a volume to back it up</translation>
    </message>
    <message>
        <source>Create a new, empty volume</source>
        <translation>Create a new, empty volume</translation>
    </message>
    <message>
        <source>Select a volume to delete it</source>
        <translation>Select a volume to delete it</translation>
    </message>
    <message>
        <source>The volume was deleted already; its backups stay listed.</source>
        <translation>The volume was deleted already; its backups stay listed.</translation>
    </message>
    <message>
        <source>The volume is in use (attached): detach it first.</source>
        <translation>The volume is in use (attached): detach it first.</translation>
    </message>
    <message>
        <source>Delete the selected volume and its data</source>
        <translation>Delete the selected volume and its data</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backs up cloud block volumes.</source>
        <translation>Backs up cloud block volumes.</translation>
    </message>
    <message>
        <source>The cloudbackup home (catalog, repository, file volumes).</source>
        <translation>The cloudbackup home (catalog, repository, file volumes).</translation>
    </message>
    <message>
        <source>Create demo volumes with data and backups if the home has none.</source>
        <translation>Create demo volumes with data and backups if the home has none.</translation>
    </message>
    <message>
        <source>The language: zh_CN or en.</source>
        <translation>The language: zh_CN or en.</translation>
    </message>
    <message>
        <source>Save screenshots into DIR and quit.</source>
        <translation>Save screenshots into DIR and quit.</translation>
    </message>
    <message>
        <source>cloudbackup</source>
        <translation>cloudbackup</translation>
    </message>
    <message>
        <source>The catalog: a SQLite path or postgresql://host:port/db (or CLOUDBACKUP_CATALOG).</source>
        <translation>The catalog: a SQLite path or postgresql://host:port/db (or CLOUDBACKUP_CATALOG).</translation>
    </message>
    <message>
        <source>The account to log in as, on a shared PostgreSQL catalog.</source>
        <translation>The account to log in as, on a shared PostgreSQL catalog.</translation>
    </message>
    <message>
        <source>The repository is encrypted. Its passphrase:</source>
        <translation>The repository is encrypted. Its passphrase:</translation>
    </message>
    <message>
        <source>Repository passphrase</source>
        <translation>Repository passphrase</translation>
    </message>
</context>
</TS>
