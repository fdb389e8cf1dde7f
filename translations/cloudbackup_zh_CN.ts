<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Access</name>
    <message>
        <source>The permission file %1 is invalid: %2</source>
        <translation>权限文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>Cloud admin</source>
        <translation>云管理员</translation>
    </message>
    <message>
        <source>Department admin</source>
        <translation>部门管理员</translation>
    </message>
    <message>
        <source>Project admin</source>
        <translation>项目管理员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通用户</translation>
    </message>
    <message>
        <source>view</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>create backups</source>
        <translation>创建备份</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>edit backups</source>
        <translation>编辑备份</translation>
    </message>
    <message>
        <source>edit tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>delete backups</source>
        <translation>删除备份</translation>
    </message>
    <message>
        <source>verify backups</source>
        <translation>校验备份</translation>
    </message>
    <message>
        <source>create and delete volumes</source>
        <translation>创建和删除云硬盘</translation>
    </message>
    <message>
        <source>maintain the repository</source>
        <translation>维护备份仓库</translation>
    </message>
    <message>
        <source>manage users and projects</source>
        <translation>管理用户和项目</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;; expected &quot;allow&quot;</source>
        <translation>未知的键“%1”；应为“allow”</translation>
    </message>
    <message>
        <source>expected an object with an &quot;allow&quot; list</source>
        <translation>应为包含“allow”列表的对象</translation>
    </message>
    <message>
        <source>every entry needs exactly a role (%1), an action (%2) and a scope (none, own, all): %3</source>
        <translation>每一项必须恰好包含角色（%1）、操作（%2）和范围（none、own、all）：%3</translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may %3 only in their own projects, not in project &quot;%4&quot;.</source>
        <translation>权限不足：%1（%2）只能在自己所属的项目中%3，不能在项目“%4”中。</translation>
    </message>
    <message>
        <source>Permission denied: %1 (%2) may not %3.</source>
        <translation>权限不足：%1（%2）不能%3。</translation>
    </message>
    <message>
        <source>manage backup policies and protection</source>
        <translation>管理备份策略和保护</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Full</source>
        <translation>全量</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>创建中</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>删除中</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>“%1” is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3</source>
        <translation>%1 不在 %2..%3 范围内</translation>
    </message>
    <message>
        <source>“%1” is not allowed; write a first value, as in “0/15”</source>
        <translation>不允许“%1”；请写出起始值，例如“0/15”</translation>
    </message>
    <message>
        <source>the range “%1” runs backwards</source>
        <translation>范围“%1”是倒序的</translation>
    </message>
    <message>
        <source>a field is empty</source>
        <translation>有字段为空</translation>
    </message>
    <message>
        <source>“%1” is not a day of the week (Mon, Tue, … or Mon..Fri)</source>
        <translation>“%1”不是星期几（Mon、Tue、… 或 Mon..Fri）</translation>
    </message>
    <message>
        <source>“%1” is not a date (YEAR-MONTH-DAY)</source>
        <translation>“%1”不是日期（年-月-日）</translation>
    </message>
    <message>
        <source>“%1” is not a time (HOUR:MINUTE[:SECOND])</source>
        <translation>“%1”不是时间（时:分[:秒]）</translation>
    </message>
    <message>
        <source>“%1” is not a schedule: %2. Use systemd&apos;s calendar syntax, for example “daily”, “Mon..Fri 22:00” or “*-*-01 03:00 UTC”.</source>
        <translation>“%1”不是有效的计划：%2。请使用 systemd 日历语法，例如“daily”、“Mon..Fri 22:00”或“*-*-01 03:00 UTC”。</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>“%1” is not expected here</source>
        <translation>此处不应出现“%1”</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Catalog error: %1</source>
        <translation>目录数据库错误：%1</translation>
    </message>
    <message>
        <source>The catalog path is empty.</source>
        <translation>目录数据库路径为空。</translation>
    </message>
    <message>
        <source>Cannot create the directory of the catalog %1.</source>
        <translation>无法创建目录数据库 %1 所在的目录。</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>未安装 Qt SQL 驱动 %1。</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>无法打开目录数据库 %1：%2</translation>
    </message>
    <message>
        <source>The catalog has schema version %1, newer than this cloudbackup (%2). Upgrade cloudbackup.</source>
        <translation>目录数据库的结构版本为 %1，比当前 cloudbackup 支持的版本（%2）新。请升级 cloudbackup。</translation>
    </message>
    <message>
        <source>There is no backup with id %1.</source>
        <translation>不存在 ID 为 %1 的云硬盘备份。</translation>
    </message>
    <message>
        <source>There is no backup with id &quot;%1&quot;.</source>
        <translation>不存在 ID 为“%1”的云硬盘备份。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a backup id.</source>
        <translation>“%1”不是云硬盘备份 ID。</translation>
    </message>
    <message>
        <source>The id &quot;%1&quot; is ambiguous; it matches %2 backups.</source>
        <translation>ID“%1”不唯一，匹配到 %2 个云硬盘备份。</translation>
    </message>
    <message>
        <source>Catalog error: the catalog could not be written; the disk that holds it may be full or failing. Free some space and try again. (%1)</source>
        <translation>目录数据库错误：无法写入目录数据库；其所在磁盘可能已满或出现故障。请释放一些空间后重试。（%1）</translation>
    </message>
    <message>
        <source>The catalog URL contains a password, which every local user could read in the process list. Remove it from the URL and give the password in CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass.</source>
        <translation>目录数据库 URL 中包含密码，本机所有用户都能在进程列表中看到它。请从 URL 中删除密码，改用 CLOUDBACKUP_PASSWORD、PGPASSWORD 或 ~/.pgpass 提供密码。</translation>
    </message>
    <message>
        <source>The catalog URL &quot;%1&quot; is not valid; expected postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>目录数据库 URL“%1”无效；应为 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>The catalog URL scheme &quot;%1&quot; is not supported; use postgresql://USER@HOST:PORT/DATABASE, sqlite:PATH or a file path.</source>
        <translation>不支持目录数据库 URL 协议“%1”；请使用 postgresql://用户@主机:端口/数据库、sqlite:路径 或文件路径。</translation>
    </message>
    <message>
        <source>Cannot log in to the catalog %1 as &quot;%2&quot;: the account name or password is wrong.</source>
        <translation>无法以“%2”登录目录数据库 %1：用户名或密码错误。</translation>
    </message>
    <message>
        <source>Cannot log in to the catalog %1: the account &quot;%2&quot; is disabled.</source>
        <translation>无法登录目录数据库 %1：用户“%2”已被禁用。</translation>
    </message>
    <message>
        <source>The catalog %1 needs a password for &quot;%2&quot;: give it in CLOUDBACKUP_PASSWORD, PGPASSWORD or ~/.pgpass.</source>
        <translation>目录数据库 %1 需要“%2”的密码：请通过 CLOUDBACKUP_PASSWORD、PGPASSWORD 或 ~/.pgpass 提供。</translation>
    </message>
    <message>
        <source>The catalog %1 needs to be set up or upgraded to schema version %2 (it has %3). Only the database&apos;s owner, %4, can do that: open it once as %4.</source>
        <translation>目录数据库 %1 需要初始化或升级到结构版本 %2（当前为 %3）。只有数据库所有者 %4 可以执行此操作：请以 %4 身份打开一次。</translation>
    </message>
    <message>
        <source>The owner of the catalog %1, %2, needs the CREATEROLE privilege (or to be a superuser) to create the catalog&apos;s group roles.</source>
        <translation>目录数据库 %1 的所有者 %2 需要 CREATEROLE 权限（或为超级用户）才能创建目录数据库的组角色。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; already exists.</source>
        <translation>项目“%1”已存在。</translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot;.</source>
        <translation>项目“%1”不存在。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has backups; delete them first.</source>
        <translation>项目“%1”中仍有备份；请先删除这些备份。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has volumes in the catalog.</source>
        <translation>目录数据库中项目“%1”仍有云硬盘。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has members; remove them first.</source>
        <translation>项目“%1”中仍有用户；请先将其移出。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation>用户“%1”已存在。</translation>
    </message>
    <message>
        <source>The PostgreSQL server already has a role named &quot;%1&quot;; choose another account name.</source>
        <translation>PostgreSQL 服务器上已有名为“%1”的角色；请换一个用户名。</translation>
    </message>
    <message>
        <source>An account of a shared catalog needs a password.</source>
        <translation>共享目录数据库的用户需要密码。</translation>
    </message>
    <message>
        <source>Passwords belong to the accounts of a shared PostgreSQL catalog.</source>
        <translation>只有共享的 PostgreSQL 目录数据库中的用户才有密码。</translation>
    </message>
    <message>
        <source>There is no job with id &quot;%1&quot;.</source>
        <translation>没有 ID 为“%1”的任务。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>“%1”不是任务 ID。</translation>
    </message>
    <message>
        <source>The job id &quot;%1&quot; is ambiguous; give more of it.</source>
        <translation>任务 ID“%1”不唯一；请输入更多字符。</translation>
    </message>
    <message>
        <source>The job history must keep at least one job.</source>
        <translation>任务历史至少须保留一个任务。</translation>
    </message>
    <message>
        <source>A policy named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的策略已存在。</translation>
    </message>
    <message>
        <source>There is no policy named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的策略。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Missing %1.</source>
        <translation>缺少%1。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;.</source>
        <translation>未知命令“%1 %2”。</translation>
    </message>
    <message>
        <source>Recovered after an interruption: %1, %2, %3.</source>
        <translation>已从中断中恢复：%1，%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) marked as failed</source>
        <translation>
            <numerusform>%n 个云硬盘备份标记为失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restore(s) ended</source>
        <translation>
            <numerusform>%n 个恢复已结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s) settled</source>
        <translation>
            <numerusform>%n 个删除已了结</numerusform>
        </translation>
    </message>
    <message>
        <source> ETA %1:%2</source>
        <translation> 剩余 %1:%2</translation>
    </message>
    <message>
        <source>the volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>PROJECT</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>BACKUPS</source>
        <translation>备份数</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>值</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>the volume name</source>
        <translation>云硬盘名称</translation>
    </message>
    <message>
        <source>volume create needs --size (for example --size 10G).</source>
        <translation>volume create 需要 --size（例如 --size 10G）。</translation>
    </message>
    <message>
        <source>Created volume %1 (%2).</source>
        <translation>已创建云硬盘 %1（%2）。</translation>
    </message>
    <message>
        <source>Deleted volume %1. Its backups are kept.</source>
        <translation>已删除云硬盘 %1，其云硬盘备份仍然保留。</translation>
    </message>
    <message>
        <source>Only file volumes can be attached from the command line.</source>
        <translation>命令行只能挂载文件云硬盘。</translation>
    </message>
    <message>
        <source>Volume %1 is now in use. Press Ctrl-C to detach.</source>
        <translation>云硬盘 %1 现在处于使用中。按 Ctrl-C 卸载。</translation>
    </message>
    <message>
        <source>The backup name must not be empty.</source>
        <translation>备份名称不能为空。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup %1 (%2) of %3 is available: read %4, stored %5.</source>
        <translation>%3 的云硬盘备份 %1（%2）已可用：读取 %4，存储 %5。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>VOLUME</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>STORED</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>the backup id</source>
        <translation>云硬盘备份 ID</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>父备份</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取量</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>强制创建</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>Backup chain of %1 (%n backup(s))</source>
        <translation>
            <numerusform>%1 的备份链（%n 个云硬盘备份）</numerusform>
        </translation>
    </message>
    <message>
        <source>backup edit needs --name or --description.</source>
        <translation>backup edit 需要 --name 或 --description。</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>（无标签）</translation>
    </message>
    <message>
        <source>backup restore needs either --new-volume NAME or --to VOLUME --yes.</source>
        <translation>backup restore 需要 --new-volume NAME 或 --to VOLUME --yes 之一。</translation>
    </message>
    <message>
        <source>The volume name must not be empty.</source>
        <translation>云硬盘名称不能为空。</translation>
    </message>
    <message>
        <source>Restoring over %1 overwrites all its data. Add --yes to confirm.</source>
        <translation>恢复到 %1 会覆盖其全部数据。请加上 --yes 确认。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Restored to volume %1.</source>
        <translation>已恢复到云硬盘 %1。</translation>
    </message>
    <message>
        <source>Would delete, in this order: %1</source>
        <translation>将按以下顺序删除：%1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleted backup %1.</source>
        <translation>已删除云硬盘备份 %1。</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message numerus="yes">
        <source>The backup is intact: %n chunk(s), %1 checked.</source>
        <translation>
            <numerusform>云硬盘备份完好：已校验 %n 个数据块，共 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>垃圾回收</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unreferenced chunk(s) (%1 freed); %2 kept.</source>
        <translation>
            <numerusform>已删除 %n 个无引用的数据块（释放 %1）；保留 %2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s)</source>
        <translation>
            <numerusform>%n 个数据块</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) (%1) checked, %2.</source>
        <translation>
            <numerusform>已校验 %n 个数据块（%1），%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>云硬盘备份</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Run &quot;cloudbackupctl --help&quot; for usage.</source>
        <translation>运行“cloudbackupctl --help”查看用法。</translation>
    </message>
    <message numerus="yes">
        <source>Catalog rebuilt from the repository: %n record(s) added or corrected.</source>
        <translation>
            <numerusform>已根据备份仓库重建目录数据库：添加或更正了 %n 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository was upgraded from format %1 to format %2.</source>
        <translation>备份仓库已从格式 %1 升级到格式 %2。</translation>
    </message>
    <message>
        <source>Damaged data was written as zeros at %1.</source>
        <translation>已损坏的数据在 %1 处以零写入。</translation>
    </message>
    <message>
        <source>Created a repository in %1.</source>
        <translation>已在 %1 创建备份仓库。</translation>
    </message>
    <message>
        <source>the user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Created project %1.</source>
        <translation>已创建项目 %1。</translation>
    </message>
    <message>
        <source>Deleted project %1.</source>
        <translation>已删除项目 %1。</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>密码不能为空。</translation>
    </message>
    <message>
        <source>user create needs --role (one of %1).</source>
        <translation>user create 需要 --role（取 %1 之一）。</translation>
    </message>
    <message>
        <source>Created user %1 (%2).</source>
        <translation>已创建用户 %1（%2）。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>PROJECTS</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;; the roles are %2.</source>
        <translation>未知角色“%1”；可用角色为 %2。</translation>
    </message>
    <message>
        <source>Changed the password of %1.</source>
        <translation>已修改 %1 的密码。</translation>
    </message>
    <message>
        <source>--since needs an ISO 8601 time, for example 2024-05-01 or 2024-05-01T08:00:00, not &quot;%1&quot;.</source>
        <translation>--since 需要 ISO 8601 时间，例如 2024-05-01 或 2024-05-01T08:00:00，而不是“%1”。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Create a project.</source>
        <translation>创建项目。</translation>
    </message>
    <message>
        <source>the project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>List the projects you can see.</source>
        <translation>列出您可见的项目。</translation>
    </message>
    <message>
        <source>Delete a project that has no volumes left.</source>
        <translation>删除已没有云硬盘的项目。</translation>
    </message>
    <message>
        <source>Create a user (password: asked on a terminal, else CLOUDBACKUP_NEW_PASSWORD).</source>
        <translation>创建用户（密码：在终端上询问，否则取自 CLOUDBACKUP_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>a project the user belongs to</source>
        <translation>用户所属的项目</translation>
    </message>
    <message>
        <source>List users.</source>
        <translation>列出用户。</translation>
    </message>
    <message>
        <source>Show one user.</source>
        <translation>显示一个用户。</translation>
    </message>
    <message>
        <source>Stop a user from logging in.</source>
        <translation>禁止用户登录。</translation>
    </message>
    <message>
        <source>Let a disabled user log in again.</source>
        <translation>允许已禁用的用户重新登录。</translation>
    </message>
    <message>
        <source>Change a user&apos;s role.</source>
        <translation>修改用户的角色。</translation>
    </message>
    <message>
        <source>Make a user a member of a project.</source>
        <translation>将用户加入项目。</translation>
    </message>
    <message>
        <source>Take a user out of a project.</source>
        <translation>将用户移出项目。</translation>
    </message>
    <message>
        <source>Change a user&apos;s password (asked on a terminal, else CLOUDBACKUP_NEW_PASSWORD).</source>
        <translation>修改用户的密码（在终端上询问，否则取自 CLOUDBACKUP_NEW_PASSWORD）。</translation>
    </message>
    <message>
        <source>Show the audit log: who did what, when, and the result.</source>
        <translation>显示审计日志：谁在何时做了什么，以及结果。</translation>
    </message>
    <message>
        <source>only what this user did (the global --user goes before the command words)</source>
        <translation>只显示此用户的操作（全局 --user 须写在命令词之前）</translation>
    </message>
    <message>
        <source>only this action (backup.create) or a group of them (backup.)</source>
        <translation>只显示此操作（backup.create）或一组操作（backup.）</translation>
    </message>
    <message>
        <source>only this project</source>
        <translation>只显示此项目</translation>
    </message>
    <message>
        <source>only from this time on</source>
        <translation>只显示此时间之后</translation>
    </message>
    <message>
        <source>the description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Back up a volume, in full or incrementally.</source>
        <translation>备份云硬盘，全量或增量。</translation>
    </message>
    <message>
        <source>store only what changed since the last backup</source>
        <translation>只存储自上次备份以来变化的数据</translation>
    </message>
    <message>
        <source>a full backup (the default)</source>
        <translation>全量备份（默认）</translation>
    </message>
    <message>
        <source>back up a volume that is in use</source>
        <translation>备份正在使用中的云硬盘</translation>
    </message>
    <message>
        <source>the backup&apos;s name (default: VOLUME-TIME)</source>
        <translation>云硬盘备份的名称（默认：云硬盘-时间）</translation>
    </message>
    <message>
        <source>List backups.</source>
        <translation>列出云硬盘备份。</translation>
    </message>
    <message>
        <source>only the backups of this volume</source>
        <translation>只显示此云硬盘的备份</translation>
    </message>
    <message>
        <source>only the backups of this project</source>
        <translation>只显示此项目的备份</translation>
    </message>
    <message>
        <source>only the backups with this status</source>
        <translation>只显示此状态的备份</translation>
    </message>
    <message>
        <source>only the backups with this tag</source>
        <translation>只显示带此标签的备份</translation>
    </message>
    <message>
        <source>Show one backup.</source>
        <translation>显示一个云硬盘备份。</translation>
    </message>
    <message>
        <source>Show a volume&apos;s chain of full and incremental backups.</source>
        <translation>显示云硬盘的全量与增量备份链。</translation>
    </message>
    <message>
        <source>Change a backup&apos;s name or description.</source>
        <translation>修改云硬盘备份的名称或描述。</translation>
    </message>
    <message>
        <source>the new name</source>
        <translation>新名称</translation>
    </message>
    <message>
        <source>Show or change a backup&apos;s tags.</source>
        <translation>显示或修改云硬盘备份的标签。</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>replace every tag (empty: none)</source>
        <translation>替换全部标签（为空：清除）</translation>
    </message>
    <message>
        <source>Restore a backup to a new volume or over an existing one.</source>
        <translation>将云硬盘备份恢复到新云硬盘或覆盖现有云硬盘。</translation>
    </message>
    <message>
        <source>restore to a new volume of this name</source>
        <translation>恢复到此名称的新云硬盘</translation>
    </message>
    <message>
        <source>restore over this volume, overwriting all its data</source>
        <translation>恢复到此云硬盘，覆盖其全部数据</translation>
    </message>
    <message>
        <source>confirm overwriting the --to volume</source>
        <translation>确认覆盖 --to 指定的云硬盘</translation>
    </message>
    <message>
        <source>restore what is intact and write zeros for damaged data</source>
        <translation>恢复完好的数据，损坏的数据以零写入</translation>
    </message>
    <message>
        <source>Delete backups, incrementals before their parents.</source>
        <translation>删除云硬盘备份，增量备份先于其父备份。</translation>
    </message>
    <message>
        <source>only show the order of deletion</source>
        <translation>只显示删除顺序</translation>
    </message>
    <message>
        <source>do not ask (the command never asks)</source>
        <translation>不询问（此命令从不询问）</translation>
    </message>
    <message>
        <source>Read every chunk of a backup and check it.</source>
        <translation>读取并校验云硬盘备份的每个数据块。</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>未知选项 %1。</translation>
    </message>
    <message>
        <source>The option --%1 needs a value; it must not be empty.</source>
        <translation>选项 --%1 需要一个取值，且不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value of --%2; valid values: %3.</source>
        <translation>“%1”不是 --%2 的有效取值；有效取值：%3。</translation>
    </message>
    <message>
        <source>The catalog &quot;%1&quot; is not supported: use a SQLite file path or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>不支持目录数据库“%1”：请使用 SQLite 文件路径或 postgresql://USER@HOST:PORT/DATABASE。</translation>
    </message>
    <message>
        <source>The catalog URL is not valid: %1</source>
        <translation>目录数据库 URL 无效：%1</translation>
    </message>
    <message>
        <source>The catalog URL contains a password, which every user could read in the process list. Remove it and set CLOUDBACKUP_PASSWORD or PGPASSWORD, or use ~/.pgpass.</source>
        <translation>目录数据库 URL 中含有密码，任何用户都能在进程列表中看到它。请删除密码，改为设置 CLOUDBACKUP_PASSWORD 或 PGPASSWORD，或使用 ~/.pgpass。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>“%1”需要一个命令。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; the languages are %2.</source>
        <translation>未知语言“%1”；可用语言为 %2。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure, 2 usage error, 3 not permitted (the user&apos;s role may not do this).
</source>
        <translation>退出状态：0 成功，1 失败，2 用法错误，3 无权限（用户的角色不允许此操作）。
</translation>
    </message>
    <message>
        <source>Run &quot;cloudbackupctl GROUP --help&quot; or &quot;cloudbackupctl GROUP COMMAND --help&quot; for details.
</source>
        <translation>运行“cloudbackupctl 组 --help”或“cloudbackupctl 组 命令 --help”查看详情。
</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>云硬盘备份</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>备份仓库</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Shell</source>
        <translation>Shell</translation>
    </message>
    <message>
        <source>Print the bash completion script.</source>
        <translation>输出 bash 补全脚本。</translation>
    </message>
    <message>
        <source>self-contained setup (or CLOUDBACKUP_HOME)</source>
        <translation>自包含的安装目录（或 CLOUDBACKUP_HOME）</translation>
    </message>
    <message>
        <source>catalog: a SQLite path or postgresql://USER@HOST:PORT/DB (or CLOUDBACKUP_CATALOG); never a password in it</source>
        <translation>目录数据库：SQLite 路径或 postgresql://USER@HOST:PORT/DB（或 CLOUDBACKUP_CATALOG）；其中不得含有密码</translation>
    </message>
    <message>
        <source>act as this account; its password is asked on a terminal or read from CLOUDBACKUP_PASSWORD</source>
        <translation>以此用户身份操作；其密码在终端上询问或取自 CLOUDBACKUP_PASSWORD</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>机器可读的输出</translation>
    </message>
    <message>
        <source>limit backup and restore I/O, per second (for example 100M)</source>
        <translation>限制备份和恢复的每秒 I/O（例如 100M）</translation>
    </message>
    <message>
        <source>zh_CN or en (default: from LANG)</source>
        <translation>zh_CN 或 en（默认：取自 LANG）</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>显示此帮助</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>显示版本</translation>
    </message>
    <message>
        <source>Usage: cloudbackupctl [GLOBAL OPTIONS] GROUP COMMAND ...</source>
        <translation>用法：cloudbackupctl [全局选项] 组 命令 ...</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>全局选项：</translation>
    </message>
    <message>
        <source>VOLUME is an id as &quot;volume list&quot; prints it or an unambiguous name. ID is a backup id or an
unambiguous prefix of at least 4 characters. Sizes accept K, M, G and T (binary).
</source>
        <translation>VOLUME 是“volume list”显示的 ID 或无歧义的名称。ID 是云硬盘备份 ID 或
至少 4 个字符的无歧义前缀。大小可用 K、M、G 和 T（二进制）。
</translation>
    </message>
    <message>
        <source>Passwords never go on the command line: CLOUDBACKUP_PASSWORD (or, for PostgreSQL, PGPASSWORD or ~/.pgpass)
for --user, CLOUDBACKUP_NEW_PASSWORD for &quot;user create&quot; and &quot;user passwd&quot;; on a terminal they are asked.
</source>
        <translation>密码从不写在命令行上：--user 的密码取自 CLOUDBACKUP_PASSWORD（PostgreSQL 还可用 PGPASSWORD 或 ~/.pgpass），
“user create”和“user passwd”的新密码取自 CLOUDBACKUP_NEW_PASSWORD；在终端上则会询问。
</translation>
    </message>
    <message>
        <source>Usage: cloudbackupctl [GLOBAL OPTIONS] %1 COMMAND ...</source>
        <translation>用法：cloudbackupctl [全局选项] %1 命令 ...</translation>
    </message>
    <message>
        <source>Usage: cloudbackupctl [GLOBAL OPTIONS] %1</source>
        <translation>用法：cloudbackupctl [全局选项] %1</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>cloudbackupctl: error: %1</source>
        <translation>cloudbackupctl：错误：%1</translation>
    </message>
    <message>
        <source>A password is needed: set %1 or run on a terminal to be asked for it.</source>
        <translation>需要密码：请设置 %1，或在终端上运行以输入密码。</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>未输入密码。</translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Remove chunks no backup uses.</source>
        <translation>删除没有云硬盘备份使用的数据块。</translation>
    </message>
    <message>
        <source>Read and check every chunk of the repository.</source>
        <translation>读取并校验备份仓库的每个数据块。</translation>
    </message>
    <message>
        <source>Rebuild a lost catalog from the repository.</source>
        <translation>根据备份仓库重建丢失的目录数据库。</translation>
    </message>
    <message>
        <source>Show the home, repository and catalog.</source>
        <translation>显示主目录、备份仓库和目录数据库。</translation>
    </message>
    <message>
        <source>Upgrade the repository to the current format.</source>
        <translation>将备份仓库升级到当前格式。</translation>
    </message>
    <message>
        <source>List jobs: backups, restores, deletes, checks.</source>
        <translation>列出任务：备份、恢复、删除、校验。</translation>
    </message>
    <message>
        <source>only the jobs still running</source>
        <translation>只显示仍在运行的任务</translation>
    </message>
    <message>
        <source>List volumes and how many backups each has.</source>
        <translation>列出云硬盘及各自的备份数。</translation>
    </message>
    <message>
        <source>only the volumes of this project</source>
        <translation>只显示此项目的云硬盘</translation>
    </message>
    <message>
        <source>Show one volume.</source>
        <translation>显示一个云硬盘。</translation>
    </message>
    <message>
        <source>Create a volume (a file volume unless --type names another).</source>
        <translation>创建云硬盘（除非 --type 指定其他类型，否则为文件云硬盘）。</translation>
    </message>
    <message>
        <source>the size, for example 10G</source>
        <translation>大小，例如 10G</translation>
    </message>
    <message>
        <source>the project (default: the Default project)</source>
        <translation>项目（默认：Default 项目）</translation>
    </message>
    <message>
        <source>the volume type (default: file)</source>
        <translation>云硬盘类型（默认：file）</translation>
    </message>
    <message>
        <source>Delete a volume; its backups are kept.</source>
        <translation>删除云硬盘；其云硬盘备份仍然保留。</translation>
    </message>
    <message>
        <source>Hold a file volume in use until interrupted.</source>
        <translation>使文件云硬盘保持使用中，直到被中断。</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>已保护</translation>
    </message>
    <message>
        <source>yes: nobody can delete it until it is unprotected</source>
        <translation>是：在取消保护之前，任何人都不能删除它</translation>
    </message>
    <message>
        <source>kept until</source>
        <translation>保留至</translation>
    </message>
    <message>
        <source>%1 (minimum age of policy %2)</source>
        <translation>%1（备份策略 %2 的最短保留时间）</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>--ceph-conf FILE names the default cluster and is given once; name the others: --ceph-conf NAME=FILE.</source>
        <translation>--ceph-conf FILE 指定默认集群，只能给出一次；其他集群请命名：--ceph-conf NAME=FILE。</translation>
    </message>
    <message>
        <source>--ceph-conf takes FILE or NAME=FILE, not &quot;%1&quot;.</source>
        <translation>--ceph-conf 的值应为 FILE 或 NAME=FILE，而不是“%1”。</translation>
    </message>
    <message>
        <source>The Ceph cluster &quot;%1&quot; is given twice.</source>
        <translation>Ceph 集群“%1”给出了两次。</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>备份策略</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留规则</translation>
    </message>
    <message>
        <source>Scheduled runs</source>
        <translation>计划运行</translation>
    </message>
    <message>
        <source>repository: a folder or rados:POOL[/NAMESPACE] (or CLOUDBACKUP_REPOSITORY; default HOME/repository)</source>
        <translation>仓库：文件夹或 rados:POOL[/NAMESPACE]（或 CLOUDBACKUP_REPOSITORY；默认 HOME/repository）</translation>
    </message>
    <message>
        <source>Ceph configuration of a RADOS repository (default: the volumes&apos;)</source>
        <translation>RADOS 仓库的 Ceph 配置（默认：云硬盘所用的配置）</translation>
    </message>
    <message>
        <source>Ceph configuration of the default cluster (or CEPH_CONF); NAME=FILE adds another cluster, whose volumes are rbd:NAME:POOL/IMAGE (repeatable; see also HOME/clusters.json)</source>
        <translation>默认集群的 Ceph 配置（或 CEPH_CONF）；NAME=FILE 添加另一个集群，其云硬盘为 rbd:NAME:POOL/IMAGE（可重复；另见 HOME/clusters.json）</translation>
    </message>
    <message>
        <source>Repository passphrase: </source>
        <translation>仓库口令：</translation>
    </message>
    <message>
        <source>New repository passphrase: </source>
        <translation>新的仓库口令：</translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>再次输入新口令：</translation>
    </message>
    <message>
        <source>Recovery key: keep it offline (on paper). With it anyone can read every backup of this repository, and without it or the passphrase no one can.</source>
        <translation>恢复密钥：请离线保存（如写在纸上）。任何人拿到它都能读取此仓库的所有备份；没有它或口令，则谁也无法读取。</translation>
    </message>
    <message>
        <source>A recovery key is needed: give --recovery-key-file FILE or run on a terminal to type it.</source>
        <translation>需要恢复密钥：请使用 --recovery-key-file FILE，或在终端上运行以便输入。</translation>
    </message>
    <message>
        <source>Recovery key (the four lines, then an empty line): </source>
        <translation>恢复密钥（输入四行，然后输入一个空行）：</translation>
    </message>
    <message>
        <source>The repository passphrase was changed; every backup stays readable with the new one.</source>
        <translation>仓库口令已修改；所有备份都可以用新口令读取。</translation>
    </message>
    <message>
        <source>The recovery key was accepted and a new passphrase set.</source>
        <translation>恢复密钥已接受，并已设置新口令。</translation>
    </message>
    <message>
        <source>the policy name</source>
        <translation>备份策略名称</translation>
    </message>
    <message>
        <source>keep the newest N backups</source>
        <translation>保留最新的 N 个备份</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N hours</source>
        <translation>保留最近 N 个小时中每小时最新的备份</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N days</source>
        <translation>保留最近 N 天中每天最新的备份</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N weeks</source>
        <translation>保留最近 N 周中每周最新的备份</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N months</source>
        <translation>保留最近 N 个月中每月最新的备份</translation>
    </message>
    <message>
        <source>keep the newest backup of each of the last N years</source>
        <translation>保留最近 N 年中每年最新的备份</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more, not &quot;%2&quot;.</source>
        <translation>--%1 需要 0 或更大的整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration; write for example 7d, 12h, 2w or 1d12h.</source>
        <translation>“%1”不是时长；请写成例如 7d、12h、2w 或 1d12h。</translation>
    </message>
    <message>
        <source>--full-every takes a number of backups (7) or of days (30d), not &quot;%1&quot;.</source>
        <translation>--full-every 需要备份个数（如 7）或天数（如 30d），而不是“%1”。</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>volumes matching %1</source>
        <translation>名称匹配 %1 的云硬盘</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>always full</source>
        <translation>总是全量</translation>
    </message>
    <message>
        <source>incremental, a full every %1 backups</source>
        <translation>增量，每 %1 个备份做一次全量</translation>
    </message>
    <message>
        <source>incremental, a full every %1 days</source>
        <translation>增量，每 %1 天做一次全量</translation>
    </message>
    <message>
        <source>incremental after the first full</source>
        <translation>首次全量之后增量</translation>
    </message>
    <message>
        <source>volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>backed up anyway (force)</source>
        <translation>照常备份（强制）</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>保留规则</translation>
    </message>
    <message>
        <source>next runs</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>A policy needs --schedule.</source>
        <translation>备份策略需要 --schedule。</translation>
    </message>
    <message>
        <source>VOLUMES</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>RETENTION</source>
        <translation>保留规则</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>Deleted policy %1.</source>
        <translation>已删除备份策略 %1。</translation>
    </message>
    <message>
        <source>Policy %1: %2 backup(s) made, %3 failed, %4 pruned.</source>
        <translation>备份策略 %1：创建 %2 个备份，失败 %3 个，清理 %4 个。</translation>
    </message>
    <message>
        <source>Policy %1 failed for %2: %3</source>
        <translation>备份策略 %1 对 %2 失败：%3</translation>
    </message>
    <message>
        <source>Policy %1 could not prune: %2</source>
        <translation>备份策略 %1 无法清理：%2</translation>
    </message>
    <message>
        <source>Policy %1 is not due; --now runs it anyway.</source>
        <translation>备份策略 %1 尚未到期；使用 --now 可立即运行。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>备份策略</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>清理</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>KEPT BY</source>
        <translation>保留原因</translation>
    </message>
    <message>
        <source>Removed %1 backup(s).</source>
        <translation>已清理 %1 个备份。</translation>
    </message>
    <message>
        <source>Give either --policy NAME or --volume VOLUME.</source>
        <translation>请指定 --policy NAME 或 --volume VOLUME 之一。</translation>
    </message>
    <message>
        <source>--policy uses the policy&apos;s own retention; change it with &quot;policy edit&quot;.</source>
        <translation>--policy 使用该策略自己的保留规则；请用“policy edit”修改。</translation>
    </message>
    <message>
        <source>Backup %1 is protected: nobody can delete it until it is unprotected.</source>
        <translation>备份 %1 已保护：在取消保护之前，任何人都不能删除它。</translation>
    </message>
    <message>
        <source>Backup %1 is no longer protected.</source>
        <translation>备份 %1 已取消保护。</translation>
    </message>
    <message>
        <source>back up this volume (repeatable)</source>
        <translation>备份此云硬盘（可重复）</translation>
    </message>
    <message>
        <source>back up every volume of this project</source>
        <translation>备份此项目的所有云硬盘</translation>
    </message>
    <message>
        <source>back up every volume whose name matches (for example web-*)</source>
        <translation>备份名称匹配的所有云硬盘（例如 web-*）</translation>
    </message>
    <message>
        <source>when, in systemd calendar syntax (daily, Mon..Fri 22:00, *-*-01 03:00)</source>
        <translation>运行时间，使用 systemd 日历语法（daily、Mon..Fri 22:00、*-*-01 03:00）</translation>
    </message>
    <message>
        <source>a full backup every N backups (1: always full), or every N days (30d)</source>
        <translation>每 N 个备份做一次全量（1：总是全量），或每 N 天（30d）</translation>
    </message>
    <message>
        <source>back up volumes that are in use</source>
        <translation>备份使用中的云硬盘</translation>
    </message>
    <message>
        <source>backup (default), verify or gc: the last two work on the whole repository</source>
        <translation>backup（默认）、verify 或 gc：后两者作用于整个仓库</translation>
    </message>
    <message>
        <source>try a failed volume again N times in the same run</source>
        <translation>失败的云硬盘在同一次运行中重试 N 次</translation>
    </message>
    <message>
        <source>never delete a backup younger than this (7d, 12h)</source>
        <translation>从不删除比此时长更新的备份（7d、12h）</translation>
    </message>
    <message>
        <source>Create a backup policy.</source>
        <translation>创建备份策略。</translation>
    </message>
    <message>
        <source>List the backup policies.</source>
        <translation>列出备份策略。</translation>
    </message>
    <message>
        <source>Show a policy and its next five runs.</source>
        <translation>显示备份策略及其接下来的五次运行。</translation>
    </message>
    <message>
        <source>skip volumes that are in use</source>
        <translation>跳过使用中的云硬盘</translation>
    </message>
    <message>
        <source>Change a policy; what is not given stays.</source>
        <translation>修改备份策略；未指定的项保持不变。</translation>
    </message>
    <message>
        <source>Delete a policy (its backups stay).</source>
        <translation>删除备份策略（其备份保留）。</translation>
    </message>
    <message>
        <source>Run a policy if it is due (with --now: at once).</source>
        <translation>到期时运行备份策略（--now：立即运行）。</translation>
    </message>
    <message>
        <source>run now even if it is not due</source>
        <translation>即使未到期也立即运行</translation>
    </message>
    <message>
        <source>prune by this policy&apos;s retention</source>
        <translation>按此策略的保留规则清理</translation>
    </message>
    <message>
        <source>prune this volume&apos;s backups by the rules given</source>
        <translation>按给出的规则清理此云硬盘的备份</translation>
    </message>
    <message>
        <source>keep backups younger than this</source>
        <translation>保留比此时长更新的备份</translation>
    </message>
    <message>
        <source>only show what would be kept and removed</source>
        <translation>只显示将保留和将清理的备份</translation>
    </message>
    <message>
        <source>Delete the backups a retention does not keep, leaf first.</source>
        <translation>删除保留规则不保留的备份，从链末端开始。</translation>
    </message>
    <message>
        <source>Protect a backup: nobody can delete or prune it.</source>
        <translation>保护备份：任何人都不能删除或清理它。</translation>
    </message>
    <message>
        <source>Remove a backup&apos;s protection.</source>
        <translation>取消备份的保护。</translation>
    </message>
    <message>
        <source>Run due policies and their prune, then wait for the next.</source>
        <translation>运行到期的备份策略及其清理，然后等待下一次。</translation>
    </message>
    <message>
        <source>run what is due once and exit</source>
        <translation>运行一次到期的任务后退出</translation>
    </message>
    <message>
        <source>Job %1: %2, %3</source>
        <translation>任务 %1：%2，%3</translation>
    </message>
    <message>
        <source>Create a repository in a new or empty folder, or an empty RADOS pool or namespace.</source>
        <translation>在新的或空的文件夹中，或空的 RADOS 存储池或命名空间中创建仓库。</translation>
    </message>
    <message>
        <source>a folder or rados:POOL[/NAMESPACE]</source>
        <translation>文件夹或 rados:POOL[/NAMESPACE]</translation>
    </message>
    <message>
        <source>every job the history keeps (default: the newest 50)</source>
        <translation>历史中保留的所有任务（默认：最新 50 个）</translation>
    </message>
    <message>
        <source>Show the log of a job: its steps, warnings and error.</source>
        <translation>显示任务的日志：各步骤、警告和错误。</translation>
    </message>
    <message>
        <source>the job id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <source>Unreachable: %1</source>
        <translation>无法访问：%1</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 (protected)</source>
        <translation>%1（已保护）</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Check the catalog, the repository, the Ceph clusters, jobs, backups and file modes; say what to do.</source>
        <translation>检查目录、仓库、Ceph 集群、任务、备份和文件权限，并给出处理办法。</translation>
    </message>
    <message>
        <source>an encrypted repository&apos;s passphrase, from this private file (or CLOUDBACKUP_REPOSITORY_PASSWORD; else asked on a terminal)</source>
        <translation>加密仓库的口令，从此私有文件读取（或 CLOUDBACKUP_REPOSITORY_PASSWORD；否则在终端中询问）</translation>
    </message>
    <message>
        <source>This repository is not encrypted; it has no key.</source>
        <translation>此仓库未加密，没有密钥。</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>The home, as --home gives it.</source>
        <translation>主目录，同 --home。</translation>
    </message>
    <message>
        <source>The repository, as --repository gives it.</source>
        <translation>仓库，同 --repository。</translation>
    </message>
    <message>
        <source>The catalog, as --catalog gives it.</source>
        <translation>目录数据库，同 --catalog。</translation>
    </message>
    <message>
        <source>The Ceph configuration of the default cluster.</source>
        <translation>默认集群的 Ceph 配置。</translation>
    </message>
    <message>
        <source>The password of the account --user names.</source>
        <translation>--user 所指账户的密码。</translation>
    </message>
    <message>
        <source>The new password of &quot;user create&quot; and &quot;user passwd&quot;.</source>
        <translation>“user create”和“user passwd”的新密码。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>back up cloud block volumes into a deduplicated repository</source>
        <translation>将云硬盘备份到去重的仓库中</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>GLOBAL OPTIONS</source>
        <translation>全局选项</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>cloudbackupctl backs up cloud block volumes (Ceph RBD images and raw image files) into a deduplicated repository and restores them, with a catalog in SQLite or PostgreSQL. It does from a shell, and from scripts with --json, what the console cloudbackup(1) does on a desktop. Every command line is checked in full before anything is opened or created.</source>
        <translation>cloudbackupctl 将云硬盘（Ceph RBD 镜像和原始镜像文件）备份到去重的仓库中并可恢复，目录数据库使用 SQLite 或 PostgreSQL。控制台 cloudbackup(1) 在桌面上能做的，它都能在 shell 中完成，脚本可使用 --json。每条命令行都会先完整检查，然后才打开或创建任何内容。</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The default home: the catalog, the repository and file volumes.</source>
        <translation>默认主目录：目录数据库、仓库和文件云硬盘。</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>退出状态</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>另请参阅</translation>
    </message>
    <message>
        <source>encrypt chunks, indexes and records (AES-256-GCM) under a passphrase; prints the recovery key once</source>
        <translation>用口令加密数据块、索引和记录（AES-256-GCM）；恢复密钥只显示一次</translation>
    </message>
    <message>
        <source>the new passphrase, from this private file (or CLOUDBACKUP_NEW_REPOSITORY_PASSWORD; else asked twice)</source>
        <translation>新口令，从此私有文件读取（或 CLOUDBACKUP_NEW_REPOSITORY_PASSWORD；否则询问两次）</translation>
    </message>
    <message>
        <source>recover: the recovery key, from this private file</source>
        <translation>recover：恢复密钥，从此私有文件读取</translation>
    </message>
    <message>
        <source>Unknown key action &quot;%1&quot;; the actions are %2.</source>
        <translation>未知的密钥操作“%1”；可用的操作为 %2。</translation>
    </message>
    <message>
        <source>%1 (verified %2)</source>
        <translation>%1（校验于 %2）</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>read the backup from this copy (repo sync) instead of the repository</source>
        <translation>从此副本（repo sync）而不是本仓库读取备份</translation>
    </message>
    <message>
        <source>Passphrase of the repository %1: </source>
        <translation>仓库 %1 的口令：</translation>
    </message>
    <message>
        <source>Ceph configuration of a RADOS target (default: the repository&apos;s, else the volumes&apos;)</source>
        <translation>RADOS 目标仓库的 Ceph 配置（默认：本仓库的，否则为云硬盘的）</translation>
    </message>
    <message>
        <source>Ceph configuration of a RADOS copy (default: the repository&apos;s, else the volumes&apos;)</source>
        <translation>RADOS 副本的 Ceph 配置（默认：本仓库的，否则为云硬盘的）</translation>
    </message>
    <message>
        <source>an encrypted target&apos;s passphrase, from this private file (or CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD; else asked)</source>
        <translation>加密目标仓库的口令，从此私有文件读取（或 CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD；否则询问）</translation>
    </message>
    <message>
        <source>an encrypted copy&apos;s passphrase, from this private file (or CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD; else asked)</source>
        <translation>加密副本的口令，从此私有文件读取（或 CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD；否则询问）</translation>
    </message>
    <message>
        <source>mail on failure</source>
        <translation>失败时邮件通知</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>不通知</translation>
    </message>
    <message>
        <source>The policy %1 on %2, run for %3, failed.</source>
        <translation>主机 %2 上的策略 %1（%3 的运行）失败。</translation>
    </message>
    <message>
        <source>Error: %1
Code: %2
</source>
        <translation>错误：%1
代码：%2
</translation>
    </message>
    <message>
        <source>Volume: %1
</source>
        <translation>云硬盘：%1
</translation>
    </message>
    <message>
        <source>The prune after the backups failed.
</source>
        <translation>备份之后的清理失败。
</translation>
    </message>
    <message>
        <source>The job history (cloudbackupctl job list) has the details.</source>
        <translation>详情见任务历史（cloudbackupctl job list）。</translation>
    </message>
    <message numerus="yes">
        <source>cloudbackup: policy %1 failed on %2 (%n volume(s))</source>
        <translation>
            <numerusform>cloudbackup：策略 %1 在 %2 上失败（%n 个云硬盘）</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy %1 could not mail %2: %3</source>
        <translation>策略 %1 无法发送邮件给 %2：%3</translation>
    </message>
    <message>
        <source>mail this address (through sendmail) when a scheduled run fails</source>
        <translation>计划运行失败时（通过 sendmail）发送邮件到此地址</translation>
    </message>
    <message>
        <source>send no mail when a scheduled run fails</source>
        <translation>计划运行失败时不发送邮件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n backup(s) to %1 (%2 already there); wrote %3 chunk(s), %4. Every copy was read back and verified.</source>
        <translation>
            <numerusform>已将 %n 个备份复制到 %1（%2 个已存在）；写入 %3 个数据块，%4。每个副本均已读回并校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the backups another repository lacks there (off-site copies), verifying each copy.</source>
        <translation>将另一个仓库缺少的备份复制过去（异地副本），并校验每个副本。</translation>
    </message>
    <message>
        <source>the target repository: a folder or rados:POOL[/NAMESPACE] made by repo init</source>
        <translation>目标仓库：由 repo init 创建的文件夹或 rados:POOL[/NAMESPACE]</translation>
    </message>
    <message>
        <source>repo sync needs --to LOCATION.</source>
        <translation>repo sync 需要 --to LOCATION。</translation>
    </message>
    <message>
        <source>an encrypted repository&apos;s key file, made by &quot;repo key add-key-file&quot;: opens it without the passphrase (or CLOUDBACKUP_REPOSITORY_KEY_FILE)</source>
        <translation>加密仓库的密钥文件（由“repo key add-key-file”生成）：无需口令即可打开仓库（或 CLOUDBACKUP_REPOSITORY_KEY_FILE）</translation>
    </message>
    <message>
        <source>Name the new key file with --new-key-file FILE.</source>
        <translation>请用 --new-key-file FILE 指定新密钥文件。</translation>
    </message>
    <message>
        <source>The key file %1 now opens the repository without the passphrase (give it with --key-file). Keep it private and apart from the repository: whoever holds it can read every backup. A key file made before no longer opens it.</source>
        <translation>密钥文件 %1 现在无需口令即可打开仓库（用 --key-file 指定）。请妥善私密保管，并与仓库分开存放：持有它的人可以读取所有备份。此前生成的密钥文件不再能打开仓库。</translation>
    </message>
    <message>
        <source>No key file opens the repository any more; the passphrase and the recovery key still do.</source>
        <translation>已没有密钥文件能打开此仓库；口令和恢复密钥仍然可以。</translation>
    </message>
    <message>
        <source>an encrypted target&apos;s key file, instead of its passphrase</source>
        <translation>加密目标仓库的密钥文件，代替其口令</translation>
    </message>
    <message>
        <source>an encrypted copy&apos;s key file, instead of its passphrase</source>
        <translation>加密副本仓库的密钥文件，代替其口令</translation>
    </message>
    <message>
        <source>Change an encrypted repository&apos;s passphrase, print its recovery key, set a new passphrase with the recovery key, or add or remove a key file that opens it without the passphrase.</source>
        <translation>修改加密仓库的口令、打印其恢复密钥、用恢复密钥设置新口令，或添加、删除无需口令即可打开仓库的密钥文件。</translation>
    </message>
    <message>
        <source>change-passphrase, export, recover, add-key-file or remove-key-file</source>
        <translation>change-passphrase、export、recover、add-key-file 或 remove-key-file</translation>
    </message>
    <message>
        <source>add-key-file: the key file to make (a new private file; never over an existing one)</source>
        <translation>add-key-file：要生成的密钥文件（新的私有文件；不会覆盖已有文件）</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>The repository key file %1 exists already; it is never replaced by new keys.</source>
        <translation>仓库密钥文件 %1 已存在；它永远不会被新密钥替换。</translation>
    </message>
    <message>
        <source>An encrypted object cannot be opened: it was altered, damaged or moved, or belongs to another repository.</source>
        <translation>无法打开加密对象：它已被修改、损坏或移动，或属于另一个仓库。</translation>
    </message>
    <message>
        <source>Cannot write the repository key file %1: %2.</source>
        <translation>无法写入仓库密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read the repository key file %1: %2.</source>
        <translation>无法读取仓库密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a repository key file.</source>
        <translation>%1 太大，不可能是仓库密钥文件。</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>口令长度超过 %1 字节。</translation>
    </message>
    <message>
        <source>Cannot ask for the passphrase on the terminal.</source>
        <translation>无法在终端上询问口令。</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2.</source>
        <translation>无法读取密码文件 %1：%2。</translation>
    </message>
    <message>
        <source>The password file %1 is not a regular file.</source>
        <translation>密码文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The password file %1 may be read or changed by other users (mode %2); make it private with chmod 600 %1.</source>
        <translation>其他用户可以读取或修改密码文件 %1（权限 %2）；请用 chmod 600 %1 将其设为私有。</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件 %1 为空。</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation>没有可用于询问口令的终端。</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>未提供口令。</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>A repository passphrase is needed: give --password-file FILE, set %1, or run on a terminal to be asked for it.</source>
        <translation>需要仓库口令：请使用 --password-file FILE、设置 %1，或在终端上运行以便输入。</translation>
    </message>
    <message>
        <source>The recovery key has a typo: its checksum does not match. Compare it with the printed key group by group.</source>
        <translation>恢复密钥有输入错误：校验和不匹配。请与打印的密钥逐组核对。</translation>
    </message>
    <message>
        <source>The recovery key holds &quot;%1&quot;, which is not a recovery key character.</source>
        <translation>恢复密钥中含有“%1”，它不是恢复密钥可用的字符。</translation>
    </message>
    <message>
        <source>A recovery key has %1 characters; this one has %2.</source>
        <translation>恢复密钥应有 %1 个字符；此密钥有 %2 个。</translation>
    </message>
    <message>
        <source>The repository key file is damaged (%1).</source>
        <translation>仓库密钥文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>Wrong passphrase: it does not unlock this repository&apos;s key. Nothing was changed.</source>
        <translation>口令错误：无法解锁此仓库的密钥。未做任何更改。</translation>
    </message>
    <message>
        <source>This is not a cloudbackup repository key, or one made by a newer release (format &quot;%1&quot;).</source>
        <translation>这不是 cloudbackup 仓库密钥，或是由更新版本创建的（格式“%1”）。</translation>
    </message>
    <message>
        <source>The passphrase key cost is out of range: %1 passes over %2 MiB.</source>
        <translation>口令密钥派生的开销超出范围：%2 MiB 上 %1 轮。</translation>
    </message>
    <message>
        <source>The cryptography library cannot start.</source>
        <translation>无法启动加密库。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (%1 MiB needed).</source>
        <translation>内存不足，无法从口令派生密钥（需要 %1 MiB）。</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <source>These keys belong to another repository.</source>
        <translation>这些密钥属于另一个仓库。</translation>
    </message>
    <message>
        <source>This recovery key was made by a newer release.</source>
        <translation>此恢复密钥由更新版本创建。</translation>
    </message>
    <message>
        <source>This recovery key belongs to another repository.</source>
        <translation>此恢复密钥属于另一个仓库。</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation>无法读取密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>The key file %1 is not a regular file.</source>
        <translation>密钥文件 %1 不是普通文件。</translation>
    </message>
    <message>
        <source>The key file %1 may be read or changed by other users (mode %2); make it private with chmod 600 %1.</source>
        <translation>密钥文件 %1 可被其他用户读取或修改（权限 %2）；请用 chmod 600 %1 设为私有。</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>密钥文件 %1 为空。</translation>
    </message>
    <message>
        <source>Cannot create the key file %1: %2.</source>
        <translation>无法创建密钥文件 %1：%2。</translation>
    </message>
    <message>
        <source>A key file must hold at least %1 bytes.</source>
        <translation>密钥文件至少须包含 %1 字节。</translation>
    </message>
    <message>
        <source>This repository has no key file; add one with &quot;repo key add-key-file&quot;.</source>
        <translation>此仓库没有密钥文件；请用“repo key add-key-file”添加。</translation>
    </message>
    <message>
        <source>The key file does not unlock this repository.</source>
        <translation>该密钥文件无法解锁此仓库。</translation>
    </message>
    <message>
        <source>This repository has no key file to remove.</source>
        <translation>此仓库没有可删除的密钥文件。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Cannot write the demo volume %1: %2</source>
        <translation>无法写入演示云硬盘 %1：%2</translation>
    </message>
    <message>
        <source>Before the first deployment</source>
        <translation>首次部署之前</translation>
    </message>
    <message>
        <source>After release 2.3</source>
        <translation>2.3 版本发布之后</translation>
    </message>
    <message>
        <source>Weekly full backup</source>
        <translation>每周全量备份</translation>
    </message>
    <message>
        <source>Before the PostgreSQL 16 upgrade</source>
        <translation>PostgreSQL 16 升级之前</translation>
    </message>
    <message>
        <source>Month-end closing</source>
        <translation>月末结账</translation>
    </message>
    <message>
        <source>The demo volumes exist already.</source>
        <translation>演示云硬盘已存在。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Demo data created: %n volume(s) and %1.</source>
        <translation>
            <numerusform>演示数据已创建：%n 个云硬盘和 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s)</source>
        <translation>
            <numerusform>%n 个云硬盘备份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>Fix what the message names (the catalog URL, the database server, the password, the repository location), then run the doctor again.</source>
        <translation>修正提示中指出的问题（目录 URL、数据库服务器、密码、仓库位置），然后再次运行检查。</translation>
    </message>
    <message>
        <source>%1, schema version %2.</source>
        <translation>%1，结构版本 %2。</translation>
    </message>
    <message>
        <source>Check the disk that holds the catalog.</source>
        <translation>请检查存放目录的磁盘。</translation>
    </message>
    <message>
        <source>The catalog is damaged: %1</source>
        <translation>目录已损坏：%1</translation>
    </message>
    <message>
        <source>Move the catalog aside and run &quot;cloudbackupctl repo rebuild-catalog&quot;; the repository holds every backup&apos;s record.</source>
        <translation>将目录移到别处，然后运行“cloudbackupctl repo rebuild-catalog”；仓库中保存着每个备份的记录。</translation>
    </message>
    <message>
        <source>The catalog is sound.</source>
        <translation>目录完好。</translation>
    </message>
    <message>
        <source>This host&apos;s clock is %1 s away from the database server&apos;s.</source>
        <translation>本机时钟与数据库服务器相差 %1 秒。</translation>
    </message>
    <message>
        <source>Synchronise the clocks (systemd-timesyncd or chrony): schedules, retention and job times depend on them.</source>
        <translation>请同步时钟（systemd-timesyncd 或 chrony）：计划、保留规则和任务时间都依赖于它。</translation>
    </message>
    <message>
        <source>The clock agrees with the database server&apos;s (%1 s apart).</source>
        <translation>时钟与数据库服务器一致（相差 %1 秒）。</translation>
    </message>
    <message>
        <source>The repository is not open.</source>
        <translation>仓库未打开。</translation>
    </message>
    <message>
        <source>Run the doctor as a cloud admin.</source>
        <translation>请以云管理员身份运行检查。</translation>
    </message>
    <message>
        <source>Check that %1 is reachable and readable by this account.</source>
        <translation>请确认此账号可以访问并读取 %1。</translation>
    </message>
    <message>
        <source>%1: format %2, %3 chunks, %4 stored.</source>
        <translation>%1：格式 %2，%3 个数据块，已存储 %4。</translation>
    </message>
    <message>
        <source>A RADOS pool: its space is the cluster&apos;s (ceph df).</source>
        <translation>RADOS 存储池：其空间即集群的空间（ceph df）。</translation>
    </message>
    <message>
        <source>%1 free; the last 7 days added %2 a day: full in about %3 days.</source>
        <translation>可用 %1；最近 7 天每天增加 %2：约 %3 天后写满。</translation>
    </message>
    <message>
        <source>%1 free; nothing was added in the last 7 days.</source>
        <translation>可用 %1；最近 7 天没有新增数据。</translation>
    </message>
    <message>
        <source>Free space or move the repository to a larger disk or a RADOS pool; prune with a retention policy and run &quot;repo gc&quot;.</source>
        <translation>请释放空间，或将仓库迁移到更大的磁盘或 RADOS 存储池；用保留策略清理后运行“repo gc”。</translation>
    </message>
    <message>
        <source>Check the monitors in the cluster&apos;s ceph.conf, the network and the client key; its volumes show as unreachable meanwhile.</source>
        <translation>请检查该集群 ceph.conf 中的监视器、网络和客户端密钥；在此期间其云硬盘显示为无法访问。</translation>
    </message>
    <message>
        <source>The keyring %1 does not exist.</source>
        <translation>密钥环 %1 不存在。</translation>
    </message>
    <message>
        <source>Name the right keyring in the cluster&apos;s ceph.conf.</source>
        <translation>请在该集群的 ceph.conf 中指定正确的密钥环。</translation>
    </message>
    <message>
        <source>The keyring %1 is not readable by this account.</source>
        <translation>此账号无法读取密钥环 %1。</translation>
    </message>
    <message>
        <source>Give this account read access, and nobody else.</source>
        <translation>请只授予此账号读取权限，不要授予其他人。</translation>
    </message>
    <message>
        <source>The keyring %1 can be read by other users.</source>
        <translation>其他用户可以读取密钥环 %1。</translation>
    </message>
    <message>
        <source>chmod 600 %1</source>
        <translation>chmod 600 %1</translation>
    </message>
    <message>
        <source>The keyring %1 is private.</source>
        <translation>密钥环 %1 仅所有者可读。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are creating or deleting with no job running them.</source>
        <translation>
            <numerusform>%n 个备份处于创建中或删除中，但没有任务在处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run any cloudbackupctl command on the host that ran them; it settles them.</source>
        <translation>在运行它们的主机上执行任意 cloudbackupctl 命令即可自动处理。</translation>
    </message>
    <message>
        <source>No backup is stuck.</source>
        <translation>没有卡住的备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) have been running for more than a day.</source>
        <translation>
            <numerusform>%n 个任务已运行超过一天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Look at them with &quot;cloudbackupctl job list --running&quot; and &quot;job log ID&quot;.</source>
        <translation>请用“cloudbackupctl job list --running”和“job log ID”查看。</translation>
    </message>
    <message>
        <source>No job has been running for a day.</source>
        <translation>没有运行超过一天的任务。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) are damaged.</source>
        <translation>
            <numerusform>%n 个备份已损坏。</numerusform>
        </translation>
    </message>
    <message>
        <source>Back the volumes up again (the new backup stores the damaged chunks again), then &quot;repo verify&quot;; restore a damaged one only with --allow-damaged.</source>
        <translation>请重新备份这些云硬盘（新备份会重新存储损坏的数据块），然后运行“repo verify”；恢复已损坏的备份必须加 --allow-damaged。</translation>
    </message>
    <message>
        <source>No backup is damaged.</source>
        <translation>没有已损坏的备份。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed.</source>
        <translation>
            <numerusform>%n 个备份失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Read their error with &quot;backup show ID&quot;; delete them when understood.</source>
        <translation>请用“backup show ID”查看错误原因，确认后删除。</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) older than 30 days were never verified.</source>
        <translation>
            <numerusform>%n 个超过 30 天的备份从未校验。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run &quot;cloudbackupctl repo verify&quot;, or create a policy with --kind verify.</source>
        <translation>请运行“cloudbackupctl repo verify”，或创建 --kind verify 的策略。</translation>
    </message>
    <message>
        <source>The home %1 and its files are private.</source>
        <translation>主目录 %1 及其文件仅所有者可访问。</translation>
    </message>
    <message>
        <source>Other users may read or write: %1</source>
        <translation>其他用户可以读写：%1</translation>
    </message>
    <message>
        <source>chmod go-rwx on each of them (folders 700, files 600).</source>
        <translation>对每一项执行 chmod go-rwx（目录 700，文件 600）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n volume(s) listed.</source>
        <translation>
            <numerusform>%1：列出 %n 个云硬盘。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The job ended unexpectedly.</source>
        <translation>任务意外结束。</translation>
    </message>
    <message>
        <source>Cannot create the cloudbackup home %1.</source>
        <translation>无法创建 cloudbackup 主目录 %1。</translation>
    </message>
    <message>
        <source>Interrupted: cloudbackup stopped while this job was running.</source>
        <translation>已中断：此任务运行期间 cloudbackup 停止了。</translation>
    </message>
    <message>
        <source>No volume given.</source>
        <translation>未指定云硬盘。</translation>
    </message>
    <message>
        <source>The volume name &quot;%1&quot; is ambiguous; use one of these ids: %2</source>
        <translation>云硬盘名称“%1”不唯一，请使用以下 ID 之一：%2</translation>
    </message>
    <message>
        <source>There is no volume &quot;%1&quot;.</source>
        <translation>不存在云硬盘“%1”。</translation>
    </message>
    <message>
        <source>There is no volume type &quot;%1&quot;.</source>
        <translation>不存在云硬盘类型“%1”。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; no longer exists.</source>
        <translation>云硬盘“%1”已不存在。</translation>
    </message>
    <message>
        <source>No backend serves the volume %1.</source>
        <translation>没有后端能够处理云硬盘 %1。</translation>
    </message>
    <message>
        <source>No backup selected.</source>
        <translation>未选择云硬盘备份。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after deleting %1 of %n backup(s).</source>
        <translation>
            <numerusform>已取消：共 %n 个云硬盘备份，已删除 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup has no tag &quot;%1&quot;.</source>
        <translation>该云硬盘备份没有标签“%1”。</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>已被用户取消。</translation>
    </message>
    <message>
        <source>The parent backup is damaged or has missing chunks; the whole volume was read.</source>
        <translation>父备份已损坏或缺少数据块；已读取整个云硬盘。</translation>
    </message>
    <message numerus="yes">
        <source>The catalog %1 is empty or new, but the repository %2 holds %n backup(s). If the catalog was lost, recreate it with &quot;cloudbackupctl repo rebuild-catalog&quot;.</source>
        <translation>
            <numerusform>目录数据库 %1 为空或是新建的，但备份仓库 %2 中有 %n 个云硬盘备份。如果目录数据库已丢失，请用“cloudbackupctl repo rebuild-catalog”重建。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 is being restored; delete it when the restore has finished.</source>
        <translation>云硬盘备份 %1 正在恢复；请在恢复完成后再删除。</translation>
    </message>
    <message>
        <source>The index is missing from the repository.</source>
        <translation>备份仓库中缺少索引。</translation>
    </message>
    <message>
        <source>Damaged or missing data at %1.</source>
        <translation>%1 处的数据已损坏或缺失。</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not available (status: %2).</source>
        <translation>云硬盘备份“%1”不可用（状态：%2）。</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged:
%2</source>
        <translation>云硬盘备份“%1”已损坏：
%2</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged at %2:
%3</source>
        <translation>云硬盘备份“%1”在 %2 处已损坏：
%3</translation>
    </message>
    <message>
        <source>The index of backup %1 (&quot;%2&quot;) is missing from the repository.</source>
        <translation>备份仓库中缺少云硬盘备份 %1（“%2”）的索引。</translation>
    </message>
    <message>
        <source>The repository holds backup %1, which the catalog does not list; run &quot;cloudbackupctl repo rebuild-catalog&quot; to add it.</source>
        <translation>备份仓库中有云硬盘备份 %1，但目录数据库中没有；请运行“cloudbackupctl repo rebuild-catalog”将其加入。</translation>
    </message>
    <message>
        <source>Chunk %1 has the wrong length.</source>
        <translation>数据块 %1 的长度错误。</translation>
    </message>
    <message>
        <source>Choose either a new volume name or an existing volume to restore to.</source>
        <translation>请选择恢复到新云硬盘（给出名称）或恢复到已有云硬盘，二者选一。</translation>
    </message>
    <message>
        <source>No backend serves volumes of type &quot;%1&quot; (%2).</source>
        <translation>没有后端提供类型为“%1”的云硬盘（%2）。</translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何数据：%1</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is damaged and was not restored; nothing was written. Damaged ranges: %2. Restore the intact data with --allow-damaged, or back up the volume again and verify to heal it.</source>
        <translation>云硬盘备份“%1”已损坏，未进行恢复，也未写入任何数据。损坏的范围：%2。可使用 --allow-damaged 恢复完好的数据，或重新备份该云硬盘后再校验以修复。</translation>
    </message>
    <message>
        <source>Chunk %1 holds %2 bytes where the index expects %3.</source>
        <translation>数据块 %1 有 %2 字节，而索引记录为 %3 字节。</translation>
    </message>
    <message>
        <source>The index of backup %1 describes a volume of %2 bytes; the catalog says %3.</source>
        <translation>云硬盘备份 %1 的索引记录的云硬盘大小为 %2 字节，目录数据库中为 %3 字节。</translation>
    </message>
    <message>
        <source>The embedded catalog has one account, %1, the owner of the home; &quot;%2&quot; cannot log in to it. Accounts need a shared PostgreSQL catalog.</source>
        <translation>内置目录数据库只有一个账号，即主目录的所有者 %1；“%2”无法登录。多个账号需要共享的 PostgreSQL 目录数据库。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can connect to the catalog but is not a cloudbackup account.</source>
        <translation>“%1”可以连接目录数据库，但不是 cloudbackup 账号。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is disabled.</source>
        <translation>账号“%1”已被禁用。</translation>
    </message>
    <message>
        <source>The embedded catalog has one account, the owner of the home. Accounts need a shared PostgreSQL catalog (--catalog postgresql://…).</source>
        <translation>内置目录数据库只有一个账号，即主目录的所有者。多个账号需要共享的 PostgreSQL 目录数据库（--catalog postgresql://…）。</translation>
    </message>
    <message>
        <source>The Default project &quot;%1&quot; cannot be deleted.</source>
        <translation>默认项目“%1”不能删除。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; still has volumes (%2); delete them first.</source>
        <translation>项目“%1”中仍有云硬盘（%2）；请先删除它们。</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>用户“%1”不存在。</translation>
    </message>
    <message>
        <source>There is no project &quot;%1&quot;.</source>
        <translation>项目“%1”不存在。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能禁用自己的账号。</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>不能更改自己的角色。</translation>
    </message>
    <message>
        <source>There is no backup &quot;%1&quot;.</source>
        <translation>不存在备份“%1”。</translation>
    </message>
    <message>
        <source>Full backup &quot;%1&quot; of volume %2.</source>
        <translation>云硬盘 %2 的全量备份“%1”。</translation>
    </message>
    <message>
        <source>Incremental backup &quot;%1&quot; of volume %2 (parent %3).</source>
        <translation>云硬盘 %2 的增量备份“%1”（父备份 %3）。</translation>
    </message>
    <message>
        <source>Point in time taken: %1 of volume data.</source>
        <translation>已创建时间点：云硬盘数据 %1。</translation>
    </message>
    <message>
        <source>Chunks read: %1 of %2 to read; new data stored: %3.</source>
        <translation>已读取数据块：%1（需读取 %2）；新存储数据：%3。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n chunk(s) (%1).</source>
        <translation>
            <numerusform>已校验 %n 个数据块（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup is whole again and available.</source>
        <translation>该备份已恢复完整，状态为可用。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n chunk(s) (%1) of %2 backup(s); %3 damaged.</source>
        <translation>
            <numerusform>已校验 %2 个备份的 %n 个数据块（%1）；%3 个已损坏。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its Ceph cluster is not configured here (see --ceph-conf and clusters.json in the home).</source>
        <translation>此处未配置其 Ceph 集群（参见 --ceph-conf 和主目录中的 clusters.json）。</translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n backup(s), leaf first.</source>
        <translation>
            <numerusform>正在删除 %n 个备份，从链末端开始。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unused chunk(s), %1 freed.</source>
        <translation>
            <numerusform>已移除 %n 个未使用的数据块，释放 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no job &quot;%1&quot;.</source>
        <translation>没有任务“%1”。</translation>
    </message>
    <message>
        <source>Started on %1 (process %2).</source>
        <translation>已在 %1 上开始（进程 %2）。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>There is no policy named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的策略。</translation>
    </message>
    <message>
        <source>Only a complete backup can be protected; %1 is %2.</source>
        <translation>只能保护完整的备份；%1 的状态为%2。</translation>
    </message>
    <message>
        <source>Say what to keep (--keep-last, --keep-daily, …): a prune without any keep rule would remove everything, so nothing is removed.</source>
        <translation>请说明要保留什么（--keep-last、--keep-daily 等）：没有任何保留规则的清理会删除全部备份，因此不删除任何备份。</translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n problem(s): %1</source>
        <translation>
            <numerusform>仓库有 %n 个问题：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>By policy %1</source>
        <translation>由策略 %1</translation>
    </message>
    <message>
        <source>Restore of backup &quot;%1&quot; to a new volume %2.</source>
        <translation>将备份“%1”恢复到新云硬盘 %2。</translation>
    </message>
    <message>
        <source>Restore of backup &quot;%1&quot; over volume %2.</source>
        <translation>将备份“%1”恢复到云硬盘 %2（覆盖）。</translation>
    </message>
    <message>
        <source>Written: %1 to volume %2.</source>
        <translation>已写入：%1 到云硬盘 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Damaged chunks were written as zeros (%n chunk(s)).</source>
        <translation>
            <numerusform>损坏的数据块已写为零（%n 个数据块）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled by policy %1.</source>
        <translation>由策略 %1 调度。</translation>
    </message>
    <message>
        <source>The repository %1 holds no copy of the backup &quot;%2&quot;.</source>
        <translation>仓库 %1 中没有备份“%2”的副本。</translation>
    </message>
    <message>
        <source>Reading the copy in %1.</source>
        <translation>正在读取 %1 中的副本。</translation>
    </message>
    <message>
        <source>Chunk %1 was not copied.</source>
        <translation>数据块 %1 未被复制。</translation>
    </message>
    <message>
        <source>Name the other repository: a folder or rados:POOL[/NAMESPACE].</source>
        <translation>请指定另一个仓库：文件夹或 rados:POOL[/NAMESPACE]。</translation>
    </message>
    <message>
        <source>%1 is this console&apos;s own repository; name another one.</source>
        <translation>%1 是本控制台自己的仓库，请指定另一个仓库。</translation>
    </message>
    <message numerus="yes">
        <source>Copying to %1: %n backup(s) selected.</source>
        <translation>
            <numerusform>正在复制到 %1：已选择 %n 个备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; was not copied to %2: %3</source>
        <translation>备份“%1”未能复制到 %2：%3</translation>
    </message>
    <message>
        <source>Copied and verified backup &quot;%1&quot;.</source>
        <translation>已复制并校验备份“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n chunk(s), %1.</source>
        <translation>
            <numerusform>已写入 %n 个数据块，%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileBackend</name>
    <message>
        <source>File volumes in %1</source>
        <translation>%1 中的文件云硬盘</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a file volume id.</source>
        <translation>“%1”不是文件云硬盘 ID。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid file volume id.</source>
        <translation>“%1”不是有效的文件云硬盘 ID。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; does not exist.</source>
        <translation>云硬盘“%1”不存在。</translation>
    </message>
    <message>
        <source>File volumes have only the volume type &quot;file&quot;, not &quot;%1&quot;.</source>
        <translation>文件云硬盘只有云硬盘类型“file”，没有“%1”。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>Cannot create the directory for project &quot;%1&quot;.</source>
        <translation>无法为项目“%1”创建目录。</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in project &quot;%2&quot;.</source>
        <translation>项目“%2”中已存在名为“%1”的云硬盘。</translation>
    </message>
    <message>
        <source>Cannot create the volume image %1: %2</source>
        <translation>无法创建云硬盘镜像文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot size the volume image %1: %2</source>
        <translation>无法设置云硬盘镜像文件 %1 的大小：%2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use and cannot be deleted.</source>
        <translation>云硬盘“%1”处于使用中，无法删除。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Read error at offset %1: %2</source>
        <translation>在偏移量 %1 处读取出错：%2</translation>
    </message>
    <message>
        <source>Write error at offset %1: %2</source>
        <translation>在偏移量 %1 处写入出错：%2</translation>
    </message>
    <message>
        <source>Cannot flush the volume: %1</source>
        <translation>无法刷写云硬盘：%1</translation>
    </message>
    <message>
        <source>Cannot open the volume image %1: %2</source>
        <translation>无法打开云硬盘镜像文件 %1：%2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use. Use the force option to back it up while it is attached.</source>
        <translation>云硬盘“%1”处于使用中。如需在挂载状态下备份，请使用强制创建备份选项。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored by another job.</source>
        <translation>云硬盘“%1”正在被另一个任务恢复。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use; detach it before restoring over it.</source>
        <translation>云硬盘“%1”处于使用中，请先卸载再恢复到该云硬盘。</translation>
    </message>
    <message>
        <source>The volume image %1 is already attached.</source>
        <translation>云硬盘镜像文件 %1 已被挂载。</translation>
    </message>
    <message>
        <source>The folder of project &quot;%1&quot; (%2) is a symbolic link or not a folder; cloudbackup does not follow links out of %3.</source>
        <translation>项目“%1”的目录（%2）是符号链接或不是目录；cloudbackup 不跟随链接到 %3 之外。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or not a regular file; cloudbackup does not follow links out of %2.</source>
        <translation>%1 是符号链接或不是普通文件；cloudbackup 不跟随链接到 %2 之外。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Garbage collection</source>
        <translation>垃圾回收</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Intact</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>未校验</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Off-site copy</source>
        <translation>异地副本</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>&quot;%1&quot; is not a mail address.</source>
        <translation>“%1”不是邮件地址。</translation>
    </message>
    <message>
        <source>There is no sendmail program at %1; install a mail transfer agent.</source>
        <translation>%1 处没有 sendmail 程序；请安装邮件传输代理。</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>%1 did not finish within a minute.</source>
        <translation>%1 未在一分钟内结束。</translation>
    </message>
    <message>
        <source>%1 refused the mail (exit %2): %3</source>
        <translation>%1 拒绝了该邮件（退出码 %2）：%3</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>The policy name &quot;%1&quot; is not valid: use 1 to 64 letters, digits, &quot;.&quot;, &quot;_&quot; or &quot;-&quot;, starting with a letter or digit.</source>
        <translation>策略名称“%1”无效：请使用 1 到 64 个字母、数字、“.”、“_”或“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Say which volumes the policy backs up with exactly one of --volume, --project or --match.</source>
        <translation>请用 --volume、--project 或 --match 中的一个说明策略备份哪些云硬盘。</translation>
    </message>
    <message>
        <source>A %1 policy works on the whole repository: give it a schedule only, no volumes and no retention.</source>
        <translation>%1 类型的策略作用于整个仓库：只需给出计划，不要指定云硬盘和保留规则。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never runs again.</source>
        <translation>计划“%1”不会再运行。</translation>
    </message>
    <message>
        <source>Counts must be between 0 and 100000.</source>
        <translation>数量必须在 0 到 100000 之间。</translation>
    </message>
    <message>
        <source>The minimum age must not be negative.</source>
        <translation>最短保留期不能为负数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address; give one address such as ops@example.com.</source>
        <translation>“%1”不是邮件地址；请给出一个地址，例如 ops@example.com。</translation>
    </message>
</context>
<context>
    <name>RbdBackend</name>
    <message>
        <source>&quot;%1&quot; is not an RBD volume id (%2POOL/[NAMESPACE/]IMAGE).</source>
        <translation>“%1”不是 RBD 云硬盘 ID（%2存储池/[命名空间/]镜像）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid RBD volume id.</source>
        <translation>“%1”不是有效的 RBD 云硬盘 ID。</translation>
    </message>
    <message>
        <source>There is no Ceph pool &quot;%1&quot;.</source>
        <translation>不存在 Ceph 存储池“%1”。</translation>
    </message>
    <message>
        <source>Cannot open the Ceph pool &quot;%1&quot;: %2</source>
        <translation>无法打开 Ceph 存储池“%1”：%2</translation>
    </message>
    <message>
        <source>the parent backup&apos;s snapshot is missing; all data was read and compared</source>
        <translation>父备份的快照已丢失，已读取并比对全部数据</translation>
    </message>
    <message>
        <source>Cannot list the changes of &quot;%1&quot; since snapshot %2: %3</source>
        <translation>无法列出“%1”自快照 %2 以来的变化：%3</translation>
    </message>
    <message>
        <source>Read error in &quot;%1&quot; at offset %2: %3</source>
        <translation>读取“%1”的偏移量 %2 处出错：%3</translation>
    </message>
    <message>
        <source>Cannot list the allocated data of &quot;%1&quot;: %2</source>
        <translation>无法列出“%1”已分配的数据：%2</translation>
    </message>
    <message>
        <source>Write error in &quot;%1&quot; at offset %2: %3</source>
        <translation>写入“%1”的偏移量 %2 处出错：%3</translation>
    </message>
    <message>
        <source>Cannot zero %1 bytes of &quot;%2&quot; at offset %3: %4</source>
        <translation>无法将“%2”偏移量 %3 处的 %1 字节清零：%4</translation>
    </message>
    <message>
        <source>Cannot flush &quot;%1&quot;: %2</source>
        <translation>无法刷写“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot clear the restore marker of &quot;%1&quot;: %2</source>
        <translation>无法清除“%1”的恢复标记：%2</translation>
    </message>
    <message>
        <source>The Ceph configuration file %1 does not exist.</source>
        <translation>Ceph 配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot initialise the Ceph client %1: %2</source>
        <translation>无法初始化 Ceph 客户端 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read the Ceph configuration %1: %2</source>
        <translation>无法读取 Ceph 配置 %1：%2</translation>
    </message>
    <message>
        <source>Cannot parse CEPH_ARGS: %1</source>
        <translation>无法解析 CEPH_ARGS：%1</translation>
    </message>
    <message>
        <source>Ceph cluster %1 (%2), pools: %3</source>
        <translation>Ceph 集群 %1（%2），存储池：%3</translation>
    </message>
    <message>
        <source>Cannot list the images of pool &quot;%1&quot;: %2</source>
        <translation>无法列出存储池“%1”中的镜像：%2</translation>
    </message>
    <message>
        <source>The pool &quot;%1&quot; is not one of the configured volume types (%2).</source>
        <translation>存储池“%1”不属于已配置的云硬盘类型（%2）。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; does not exist.</source>
        <translation>云硬盘“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot open the volume &quot;%1&quot;: %2</source>
        <translation>无法打开云硬盘“%1”：%2</translation>
    </message>
    <message>
        <source>There is no volume type &quot;%1&quot; in the Ceph cluster (types: %2).</source>
        <translation>Ceph 集群中不存在云硬盘类型“%1”（现有类型：%2）。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>The project &quot;%1&quot; has no RBD namespace in pool &quot;%2&quot; (create it with &quot;rbd namespace create %2/%1&quot;).</source>
        <translation>项目“%1”在存储池“%2”中没有 RBD 命名空间（可用“rbd namespace create %2/%1”创建）。</translation>
    </message>
    <message>
        <source>Cannot parse the RBD features %1: %2</source>
        <translation>无法解析 RBD 特性 %1：%2</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in project &quot;%2&quot; of pool &quot;%3&quot;.</source>
        <translation>存储池“%3”的项目“%2”中已存在名为“%1”的云硬盘。</translation>
    </message>
    <message>
        <source>Cannot create the RBD image %1: %2</source>
        <translation>无法创建 RBD 镜像 %1：%2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached) and cannot be deleted.</source>
        <translation>云硬盘“%1”处于使用中（已挂载），无法删除。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored and cannot be deleted.</source>
        <translation>云硬盘“%1”正在恢复中，无法删除。</translation>
    </message>
    <message>
        <source>Cannot list the snapshots of &quot;%1&quot;: %2</source>
        <translation>无法列出“%1”的快照：%2</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 of &quot;%2&quot;: %3</source>
        <translation>无法删除“%2”的快照 %1：%3</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; has snapshots that cloudbackup did not make; remove them first.</source>
        <translation>云硬盘“%1”有不是由 cloudbackup 创建的快照，请先删除这些快照。</translation>
    </message>
    <message>
        <source>Cannot delete the volume &quot;%1&quot;: %2</source>
        <translation>无法删除云硬盘“%1”：%2</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached). Use the force option to back it up anyway; the backup is crash-consistent.</source>
        <translation>云硬盘“%1”处于使用中（已挂载）。如仍要备份，请选择强制创建备份，备份为崩溃一致性备份。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored and cannot be backed up now.</source>
        <translation>云硬盘“%1”正在恢复中，现在无法备份。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in error (an interrupted restore) and cannot be backed up.</source>
        <translation>云硬盘“%1”处于错误状态（恢复被中断），无法备份。</translation>
    </message>
    <message>
        <source>Cannot create the snapshot %1 of &quot;%2&quot;: %3</source>
        <translation>无法为“%2”创建快照 %1：%3</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1 of &quot;%2&quot;: %3</source>
        <translation>无法打开“%2”的快照 %1：%3</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored by another job.</source>
        <translation>云硬盘“%1”正在被另一个任务恢复。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached); detach it before restoring over it.</source>
        <translation>云硬盘“%1”处于使用中（已挂载），请先卸载再恢复到该云硬盘。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use (another client holds its lock): %2</source>
        <translation>云硬盘“%1”处于使用中（另一个客户端持有其锁）：%2</translation>
    </message>
    <message>
        <source>Cannot mark &quot;%1&quot; as being restored: %2</source>
        <translation>无法将“%1”标记为恢复中：%2</translation>
    </message>
    <message>
        <source>the image has no fast-diff feature: every object of the volume was examined to find its data (enable the object-map and fast-diff features to avoid this)</source>
        <translation>该映像没有 fast-diff 特性：为找出其数据检查了卷的每个对象（启用 object-map 和 fast-diff 特性可避免这种情况）</translation>
    </message>
    <message>
        <source>the object map of snapshot %1 is invalid: every object of the volume was examined to find its data (&quot;rbd object-map rebuild&quot; repairs it)</source>
        <translation>快照 %1 的对象映射无效：为找出其数据检查了卷的每个对象（可用 &quot;rbd object-map rebuild&quot; 修复）</translation>
    </message>
    <message>
        <source>The Ceph pool &quot;%1&quot; does not exist in cluster %2.</source>
        <translation>Ceph 集群 %2 中不存在存储池“%1”。</translation>
    </message>
    <message>
        <source>Cannot connect to the Ceph cluster %1: %2</source>
        <translation>无法连接到 Ceph 集群 %1：%2</translation>
    </message>
    <message>
        <source>Ceph cluster %1: unreachable (%2)</source>
        <translation>Ceph 集群 %1：无法访问（%2）</translation>
    </message>
    <message>
        <source>Ceph cluster %1: not connected yet</source>
        <translation>Ceph 集群 %1：尚未连接</translation>
    </message>
</context>
<context>
    <name>RbdClusters</name>
    <message>
        <source>The Ceph cluster settings %1 are not valid: %2</source>
        <translation>Ceph 集群设置 %1 无效：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of seconds from 1 to 3600.</source>
        <translation>“%1”必须是 1 到 3600 之间的整数秒。</translation>
    </message>
    <message>
        <source>each entry of &quot;clusters&quot; must be an object.</source>
        <translation>“clusters”的每一项都必须是对象。</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;.</source>
        <translation>未知设置“%1”。</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot; has no &quot;conf&quot; file.</source>
        <translation>集群“%1”没有“conf”文件。</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot; has an empty &quot;client&quot;.</source>
        <translation>集群“%1”的“client”为空。</translation>
    </message>
    <message>
        <source>the pools of cluster &quot;%1&quot; must be names.</source>
        <translation>集群“%1”的存储池必须是名称。</translation>
    </message>
    <message>
        <source>Cannot read the Ceph cluster settings %1: %2</source>
        <translation>无法读取 Ceph 集群设置 %1：%2</translation>
    </message>
    <message>
        <source>it must be an object with a &quot;clusters&quot; list.</source>
        <translation>它必须是包含“clusters”列表的对象。</translation>
    </message>
    <message>
        <source>the cluster &quot;%1&quot; is named twice.</source>
        <translation>集群“%1”被命名了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid Ceph cluster name (letters, digits, &quot;_&quot;, &quot;-&quot; and &quot;.&quot;, at most 32, starting with a letter or digit).</source>
        <translation>“%1”不是有效的 Ceph 集群名称（字母、数字、“_”、“-”和“.”，最多 32 个，以字母或数字开头）。</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Cannot create the repository directory %1.</source>
        <translation>无法创建备份仓库目录 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The manifest of backup %1 is missing from the repository.</source>
        <translation>备份仓库中缺少云硬盘备份 %1 的清单文件。</translation>
    </message>
    <message>
        <source>The manifest of backup %1 is damaged.</source>
        <translation>云硬盘备份 %1 的清单文件已损坏。</translation>
    </message>
    <message>
        <source>Cannot flush the repository directory %1: %2</source>
        <translation>无法刷写备份仓库目录 %1：%2</translation>
    </message>
    <message>
        <source>Cannot compress the index.</source>
        <translation>无法压缩索引。</translation>
    </message>
    <message>
        <source>The index of backup %1 is incomplete.</source>
        <translation>云硬盘备份 %1 的索引不完整。</translation>
    </message>
    <message>
        <source>The index of backup %1 is damaged (%2).</source>
        <translation>云硬盘备份 %1 的索引已损坏（%2）。</translation>
    </message>
    <message>
        <source>The index of backup %1 is missing from the repository.</source>
        <translation>备份仓库中缺少云硬盘备份 %1 的索引。</translation>
    </message>
    <message>
        <source>not an index</source>
        <translation>不是索引文件</translation>
    </message>
    <message>
        <source>The index of backup %1 has format %2, which this version of cloudbackup cannot read.</source>
        <translation>云硬盘备份 %1 的索引为格式 %2，此版本的 cloudbackup 无法读取。</translation>
    </message>
    <message>
        <source>bad header length</source>
        <translation>头部长度错误</translation>
    </message>
    <message>
        <source>header checksum</source>
        <translation>头部校验和</translation>
    </message>
    <message>
        <source>header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>被截断</translation>
    </message>
    <message>
        <source>window</source>
        <translation>数据窗口</translation>
    </message>
    <message>
        <source>window checksum</source>
        <translation>数据窗口校验和</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结尾</translation>
    </message>
    <message>
        <source>The index of backup %1 has no more entries.</source>
        <translation>云硬盘备份 %1 的索引没有更多条目。</translation>
    </message>
    <message>
        <source>Cannot upgrade the repository %1: %2</source>
        <translation>无法升级备份仓库 %1：%2</translation>
    </message>
    <message>
        <source>%1 is already a cloudbackup repository.</source>
        <translation>%1 已经是 cloudbackup 备份仓库。</translation>
    </message>
    <message>
        <source>There is no repository at %1. Create one with &quot;cloudbackupctl repo init %1&quot;.</source>
        <translation>%1 处没有备份仓库。请用“cloudbackupctl repo init %1”创建。</translation>
    </message>
    <message>
        <source>%1 is not a cloudbackup repository (it has no %2). Check --repository, or create a repository in an empty folder with &quot;cloudbackupctl repo init&quot;.</source>
        <translation>%1 不是 cloudbackup 备份仓库（缺少 %2）。请检查 --repository，或用“cloudbackupctl repo init”在空目录中创建备份仓库。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The format file %1 is damaged.</source>
        <translation>格式文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The repository %1 has format %2; this version of cloudbackup reads formats up to %3. Use a newer cloudbackup.</source>
        <translation>备份仓库 %1 为格式 %2；此版本的 cloudbackup 只能读取到格式 %3。请使用更新的 cloudbackup。</translation>
    </message>
    <message>
        <source>The repository %1 uses an unsupported chunk size.</source>
        <translation>备份仓库 %1 使用了不支持的数据块大小。</translation>
    </message>
    <message>
        <source>%1 is not a plain folder (a symbolic link?); the repository does not follow links.</source>
        <translation>%1 不是普通目录（是否为符号链接？）；备份仓库不跟随链接。</translation>
    </message>
    <message>
        <source>Cannot create the staging folder %1: %2</source>
        <translation>无法创建暂存目录 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move chunk %1 into the repository: %2</source>
        <translation>无法将数据块 %1 移入备份仓库：%2</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>备份仓库中缺少数据块 %1。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (unreadable header).</source>
        <translation>数据块 %1 已损坏（头部不可读）。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (bad length).</source>
        <translation>数据块 %1 已损坏（长度错误）。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (cannot decompress).</source>
        <translation>数据块 %1 已损坏（无法解压）。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (unknown encoding).</source>
        <translation>数据块 %1 已损坏（未知编码）。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (checksum mismatch).</source>
        <translation>数据块 %1 已损坏（校验和不匹配）。</translation>
    </message>
    <message>
        <source>Cannot move the damaged chunk %1 aside: %2</source>
        <translation>无法移走已损坏的数据块 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove the index of backup %1: %2</source>
        <translation>无法删除云硬盘备份 %1 的索引：%2</translation>
    </message>
    <message>
        <source>Cannot open the repository lock: %1</source>
        <translation>无法打开备份仓库锁：%1</translation>
    </message>
    <message>
        <source>Cannot lock the repository: %1</source>
        <translation>无法锁定备份仓库：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Garbage collection stopped: %1</source>
        <translation>垃圾回收已停止：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The repository %1 needs a Ceph configuration: give --repository-ceph-conf FILE (or --ceph-conf, or CEPH_CONF).</source>
        <translation>仓库 %1 需要 Ceph 配置：请用 --repository-ceph-conf FILE 指定（或 --ceph-conf，或 CEPH_CONF）。</translation>
    </message>
    <message>
        <source>The Ceph configuration file %1 does not exist.</source>
        <translation>Ceph 配置文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot initialise the Ceph client</source>
        <translation>无法初始化 Ceph 客户端</translation>
    </message>
    <message>
        <source>Cannot read the Ceph configuration %1</source>
        <translation>无法读取 Ceph 配置 %1</translation>
    </message>
    <message>
        <source>Cannot connect to the Ceph cluster of %1</source>
        <translation>无法连接 %1 的 Ceph 集群</translation>
    </message>
    <message>
        <source>The Ceph pool &quot;%1&quot; does not exist.</source>
        <translation>Ceph 存储池“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot open the Ceph pool &quot;%1&quot;</source>
        <translation>无法打开 Ceph 存储池“%1”</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot lock the repository</source>
        <translation>无法锁定仓库</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s gc epoch</source>
        <translation>无法读取仓库的垃圾回收轮次</translation>
    </message>
    <message>
        <source>Cannot check chunk %1</source>
        <translation>无法检查数据块 %1</translation>
    </message>
    <message>
        <source>Cannot write chunk %1</source>
        <translation>无法写入数据块 %1</translation>
    </message>
    <message>
        <source>Cannot write chunk %1: it keeps changing.</source>
        <translation>无法写入数据块 %1：它不断被改动。</translation>
    </message>
    <message>
        <source>The lease on the repository %1 ran out while this backup ran (the host lost touch with the cluster); the backup is not kept.</source>
        <translation>本次备份运行期间，仓库 %1 上的租约已过期（主机与集群失去联系）；该备份不予保留。</translation>
    </message>
    <message>
        <source>Cannot start garbage collection</source>
        <translation>无法开始垃圾回收</translation>
    </message>
    <message>
        <source>Cannot list the repository %1: %2</source>
        <translation>无法列出仓库 %1 的内容：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a RADOS repository location; write rados:POOL or rados:POOL/NAMESPACE.</source>
        <translation>“%1”不是 RADOS 仓库位置；请写作 rados:POOL 或 rados:POOL/NAMESPACE。</translation>
    </message>
    <message>
        <source>%1 is not empty; a repository is created only in a new or empty folder, pool or namespace.</source>
        <translation>%1 不为空；仓库只能创建在新的或空的文件夹、存储池或命名空间中。</translation>
    </message>
    <message>
        <source>The repository %1 has format 1, which exists only in a local folder.</source>
        <translation>仓库 %1 为格式 1，该格式只存在于本地文件夹中。</translation>
    </message>
    <message>
        <source>This build of cloudbackup cannot use the repository %1.</source>
        <translation>此版本的 cloudbackup 无法使用仓库 %1。</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged (it fails authentication: altered, truncated or not of this repository).</source>
        <translation>数据块 %1 已损坏（认证失败：被篡改、被截断或不属于此仓库）。</translation>
    </message>
    <message>
        <source>The index of backup %1 is damaged (it fails authentication: altered, truncated or not of this repository).</source>
        <translation>备份 %1 的索引已损坏（认证失败：被篡改、被截断或不属于此仓库）。</translation>
    </message>
    <message>
        <source>The record of backup %1 is damaged (it fails authentication: altered, truncated or not of this repository).</source>
        <translation>备份 %1 的记录已损坏（认证失败：被篡改、被截断或不属于此仓库）。</translation>
    </message>
    <message>
        <source>There is no repository at %1.</source>
        <translation>%1 处没有仓库。</translation>
    </message>
    <message>
        <source>The repository %1 is not encrypted.</source>
        <translation>仓库 %1 未加密。</translation>
    </message>
    <message>
        <source>The repository %1 uses the encryption &quot;%2&quot;, which this version of cloudbackup does not know. Use a newer cloudbackup.</source>
        <translation>仓库 %1 使用的加密方式“%2”不为此版本的 cloudbackup 所知。请使用更新版本的 cloudbackup。</translation>
    </message>
    <message>
        <source>Cannot update the repository&apos;s list of backups: %1</source>
        <translation>无法更新仓库的备份列表：%1</translation>
    </message>
    <message>
        <source>Cannot list the repository to build its list of backups: %1</source>
        <translation>无法列出仓库内容以建立其备份列表：%1</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s list of backups: %1</source>
        <translation>无法读取仓库的备份列表：%1</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: give its passphrase with --password-file FILE (a private file), CLOUDBACKUP_REPOSITORY_PASSWORD, or on a terminal; or its key file with --key-file FILE.</source>
        <translation>仓库 %1 已加密：请用 --password-file FILE（私有文件）、CLOUDBACKUP_REPOSITORY_PASSWORD 或在终端中提供其口令；或用 --key-file FILE 提供其密钥文件。</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>The volume &quot;%1&quot; is in use (attached). Use the force option to back it up anyway; it will see brief I/O latency and the backup is crash-consistent.</source>
        <translation>云硬盘“%1”处于使用中（已挂载）。如仍要备份，请选择强制创建备份：云硬盘会出现短时读写延迟，备份为崩溃一致性备份。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is being restored and cannot be backed up now.</source>
        <translation>云硬盘“%1”正在恢复中，现在无法备份。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in error (an interrupted restore) and cannot be backed up.</source>
        <translation>云硬盘“%1”处于错误状态（恢复被中断），无法备份。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; no longer exists.</source>
        <translation>云硬盘“%1”已不存在。</translation>
    </message>
    <message>
        <source>The volume has no available backup yet, so the backup must be full. An incremental backup needs a previous backup to build on.</source>
        <translation>该云硬盘当前不存在可用的备份，只能创建全量备份。增量备份需要基于之前的备份。</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; is not available (status: %2).</source>
        <translation>云硬盘备份“%1”不可用（状态：%2）。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is %2; only an available volume can be restored over.</source>
        <translation>云硬盘“%1”的状态为“%2”，只能恢复到状态为“可用”的云硬盘。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; (%2) is smaller than the backup (%3).</source>
        <translation>云硬盘“%1”（%2）小于云硬盘备份（%3）。</translation>
    </message>
    <message>
        <source>There is no backup with id &quot;%1&quot;.</source>
        <translation>不存在 ID 为“%1”的云硬盘备份。</translation>
    </message>
    <message>
        <source>The backup %1 is busy (%2); try again when it is done.</source>
        <translation>云硬盘备份 %1 正忙（%2），请在其完成后重试。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while these backups depend on it: %2. Delete them first (newest first) or select them too.</source>
        <translation>以下云硬盘备份依赖于 %1，因此无法删除：%2。请先删除它们（按创建顺序的倒序），或一并选中它们。</translation>
    </message>
    <message>
        <source>The backup chain is inconsistent (a cycle of parents).</source>
        <translation>备份链不一致（父备份形成了环）。</translation>
    </message>
    <message>
        <source>The backup chain is broken: backup %1 is missing.</source>
        <translation>备份链已断开：缺少云硬盘备份 %1。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; cannot be reached from here (its storage is not connected).</source>
        <translation>无法从此处访问云硬盘“%1”（其存储未连接）。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while a backup that depends on it cannot: %2.</source>
        <translation>%1 无法删除：依赖它的备份 %2 无法删除。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; cannot be reached from here: %2</source>
        <translation>无法从此处访问云硬盘“%1”：%2</translation>
    </message>
    <message>
        <source>The backup %1 is protected; unprotect it first (backup unprotect).</source>
        <translation>备份 %1 已受保护；请先取消保护（backup unprotect）。</translation>
    </message>
    <message>
        <source>The backup %1 is younger than the minimum age of policy %2; it can be deleted after %3.</source>
        <translation>备份 %1 尚未达到策略 %2 的最短保留期；%3 之后才能删除。</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>The %1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>The %1 is too long (at most %2 characters).</source>
        <translation>%1过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>The %1 must not contain control characters.</source>
        <translation>%1不能包含控制字符。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; may contain only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, and must start with a letter or digit.</source>
        <translation>%1“%2”只能包含字母、数字、“.”、“-”和“_”，并且必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>volume name</source>
        <translation>云硬盘名称</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>The backup name must not be empty.</source>
        <translation>备份名称不能为空。</translation>
    </message>
    <message>
        <source>The backup name is too long (at most %1 characters).</source>
        <translation>备份名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The backup name must not contain control characters.</source>
        <translation>备份名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>描述过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>The description must not contain control characters.</source>
        <translation>描述不能包含控制字符。</translation>
    </message>
    <message>
        <source>A tag must not be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>A tag must not start or end with spaces.</source>
        <translation>标签的开头和结尾不能是空格。</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is too long (at most %2 characters).</source>
        <translation>标签“%1”过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>A tag must not contain control characters or commas.</source>
        <translation>标签不能包含控制字符或逗号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a size; use a number with K, M, G or T (for example 10G).</source>
        <translation>“%1”不是有效的大小，请使用数字加 K、M、G 或 T（例如 10G）。</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is too large.</source>
        <translation>大小“%1”过大。</translation>
    </message>
    <message>
        <source>The size must be greater than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; may contain only lowercase letters a–z, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, must start with a letter and have at most 63 characters.</source>
        <translation>账号名“%1”只能包含小写字母 a–z、数字、“.”、“-”和“_”，必须以字母开头，且最多 63 个字符。</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is reserved.</source>
        <translation>账号名“%1”为保留名称。</translation>
    </message>
</context>
<context>
    <name>Volume</name>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>恢复中</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法访问</translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditModel</name>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>cb::ui::AuditPage</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the audit log again</source>
        <translation>重新读取审计日志</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Only what this account did</source>
        <translation>只显示此用户的操作</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1（全部）</translation>
    </message>
    <message>
        <source>Only this action, or a group of actions</source>
        <translation>只显示此操作或此类操作</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Only what was done since this local time</source>
        <translation>只显示此本地时间之后的操作</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the audit log: %1</source>
        <translation>无法读取审计日志：%1</translation>
    </message>
    <message>
        <source>The newest %L1 entries</source>
        <translation>最新的 %L1 条记录</translation>
    </message>
    <message>
        <source>Entries: %L1</source>
        <translation>记录：%L1</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupActions</name>
    <message>
        <source>Create Backup</source>
        <translation>创建云硬盘备份</translation>
    </message>
    <message>
        <source>Create a backup of a volume</source>
        <translation>为云硬盘创建备份</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复云硬盘备份</translation>
    </message>
    <message>
        <source>Restore the selected backup to a new or an existing volume</source>
        <translation>将所选备份恢复到新云硬盘或已存在的云硬盘</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the name and description of the selected backup</source>
        <translation>编辑所选备份的名称和描述</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected backups (leaf first)</source>
        <translation>删除所选备份（从链末端开始）</translation>
    </message>
    <message>
        <source>Backup Chain</source>
        <translation>备份链</translation>
    </message>
    <message>
        <source>Show the backup chain of the selected backup&apos;s volume</source>
        <translation>查看所选备份所属云硬盘的备份链</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read volumes and backups again</source>
        <translation>重新读取云硬盘和云硬盘备份</translation>
    </message>
    <message>
        <source>There is no volume to back up yet: create one on the Volumes page first.</source>
        <translation>还没有可备份的云硬盘：请先在“云硬盘”页面创建一个。</translation>
    </message>
    <message>
        <source>None of the volumes exists any more: create a volume on the Volumes page first.</source>
        <translation>所有云硬盘都已不存在：请先在“云硬盘”页面创建一个。</translation>
    </message>
    <message>
        <source>Edit the tags of the selected backups (added to or removed from each)</source>
        <translation>编辑所选备份的标签（对每个备份添加或删除）</translation>
    </message>
    <message>
        <source>Protect</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Protect the selected backups: nobody can delete or prune them until they are unprotected</source>
        <translation>保护所选备份：在取消保护之前，任何人都不能删除或清理它们</translation>
    </message>
    <message>
        <source>Unprotect</source>
        <translation>取消保护</translation>
    </message>
    <message>
        <source>Allow the selected backups to be deleted and pruned again (audited)</source>
        <translation>允许再次删除和清理所选备份（记入审计）</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupDetails</name>
    <message numerus="yes">
        <source>%n backups selected.</source>
        <translation>
            <numerusform>已选择 %n 个备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a backup to see all of its details.</source>
        <translation>选择一个备份以查看其全部详情。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Damage:</source>
        <translation>损坏：</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>Last verify:</source>
        <translation>最近校验：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Parent:</source>
        <translation>父备份：</translation>
    </message>
    <message>
        <source>none (starts a chain)</source>
        <translation>无（链的起点）</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>云硬盘：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Volume type:</source>
        <translation>云硬盘类型：</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation>云硬盘大小：</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>读取：</translation>
    </message>
    <message>
        <source>Stored:</source>
        <translation>存储：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Completed:</source>
        <translation>完成时间：</translation>
    </message>
    <message>
        <source>Forced:</source>
        <translation>强制：</translation>
    </message>
    <message>
        <source>yes: an in-use volume, crash-consistent</source>
        <translation>是：使用中的云硬盘，崩溃一致</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>this console&apos;s repository</source>
        <translation>本控制台的仓库</translation>
    </message>
    <message>
        <source>%1 (copy verified %2)</source>
        <translation>%1（副本校验于 %2）</translation>
    </message>
    <message>
        <source>Stored in:</source>
        <translation>存储位置：</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Volume size</source>
        <translation>云硬盘大小</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>New bytes this backup added to the repository (after deduplication and compression)</source>
        <translation>此备份新写入备份仓库的数据量（去重和压缩之后）</translation>
    </message>
    <message>
        <source>Backup %1</source>
        <translation>云硬盘备份 %1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>父备份：%1</translation>
    </message>
    <message>
        <source>Forced backup of an in-use volume (crash-consistent)</source>
        <translation>对使用中云硬盘的强制备份（崩溃一致性）</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Show the backup chain of %1</source>
        <translation>查看 %1 的备份链</translation>
    </message>
    <message>
        <source>Read %1, stored %2</source>
        <translation>读取 %1，存储 %2</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Protected: nobody can delete or prune it until it is unprotected</source>
        <translation>已保护：在取消保护之前，任何人都不能删除或清理它</translation>
    </message>
    <message>
        <source>Kept by policy %1 until %2 (minimum age)</source>
        <translation>由策略 %1 保留至 %2（最短保留期）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Last verified %1: %2</source>
        <translation>最近校验于 %1：%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::BackupsPage</name>
    <message>
        <source>Search name, volume, project, tag, description</source>
        <translation>搜索名称、云硬盘、项目、标签、描述</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>No volume backups yet</source>
        <translation>还没有云硬盘备份</translation>
    </message>
    <message>
        <source>Create Demo Data</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln 个云硬盘备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln backup(s)</source>
        <translation>
            <numerusform>%L1 / %Ln 个云硬盘备份</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;cloudbackup keeps full and incremental backups of your cloud volumes and restores them to a new or an existing volume.&lt;/p&gt;&lt;p&gt;There are no volumes yet. Create one with &lt;b&gt;Create Volume&lt;/b&gt;, write data to it, then back it up with &lt;b&gt;Create Backup&lt;/b&gt;. Or try every action at once on a few demo volumes with &lt;b&gt;Create Demo Data&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;cloudbackup 为云硬盘保存全量和增量备份，并可恢复到新的或已有的云硬盘。&lt;/p&gt;&lt;p&gt;还没有云硬盘。用&lt;b&gt;创建云硬盘&lt;/b&gt;新建一个，写入数据，然后用&lt;b&gt;创建云硬盘备份&lt;/b&gt;备份它。也可以用&lt;b&gt;创建演示数据&lt;/b&gt;在几个演示云硬盘上一次试用所有操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>创建云硬盘</translation>
    </message>
    <message>
        <source>Protection Not Changed</source>
        <translation>保护状态未更改</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Verify Repository</source>
        <translation>校验仓库</translation>
    </message>
    <message>
        <source>Select one or more backups to verify.</source>
        <translation>请选择一个或多个要校验的备份。</translation>
    </message>
    <message>
        <source>The backup &quot;%1&quot; cannot be verified while it is %2.</source>
        <translation>备份“%1”处于%2状态，无法校验。</translation>
    </message>
    <message>
        <source>Read every chunk of the selected backups and check it; each backup&apos;s result shows in the Verified column</source>
        <translation>读取并校验所选备份的每个数据块；每个备份的结果显示在“校验”列中</translation>
    </message>
    <message>
        <source>Check every chunk of the repository and the catalog against it</source>
        <translation>校验仓库中的每个数据块，并将目录与仓库相互核对</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChainListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChainPage</name>
    <message>
        <source>Volume: </source>
        <translation>云硬盘：</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Restore This Backup</source>
        <translation>恢复此备份</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>备份类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取量</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父备份</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Choose a volume to see its backup chain.</source>
        <translation>选择一个云硬盘以查看其备份链。</translation>
    </message>
    <message>
        <source>%1 in %2, %3 stored</source>
        <translation>%1，共 %2，存储 %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s)</source>
        <translation>
            <numerusform>%Ln 个云硬盘备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chain(s)</source>
        <translation>
            <numerusform>%Ln 条备份链</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a backup in the chain to see its details. Double-click restores it.</source>
        <translation>单击备份链中的备份查看详情，双击可恢复该备份。</translation>
    </message>
    <message>
        <source>none (full backup)</source>
        <translation>无（全量备份）</translation>
    </message>
    <message>
        <source> (forced)</source>
        <translation>（强制）</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field label in the details panel</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No volumes yet</source>
        <translation>还没有云硬盘</translation>
    </message>
    <message>
        <source>No volume chosen</source>
        <translation>未选择云硬盘</translation>
    </message>
    <message>
        <source>No backups of %1 yet</source>
        <translation>%1 还没有备份</translation>
    </message>
    <message>
        <source>&lt;p&gt;A backup chain shows a volume&apos;s full backups and the incremental backups built on them. Create a volume on the &lt;b&gt;Volumes&lt;/b&gt; page and back it up with &lt;b&gt;Create Backup&lt;/b&gt;; its chain is drawn here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;备份链显示云硬盘的全量备份及基于它们的增量备份。请在&lt;b&gt;云硬盘&lt;/b&gt;页面创建云硬盘，并用&lt;b&gt;创建云硬盘备份&lt;/b&gt;备份它；它的备份链会显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a volume above to see its backup chain: its full backups and the incremental backups built on them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在上方选择一个云硬盘以查看它的备份链：全量备份及基于它们的增量备份。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Back the volume up with &lt;b&gt;Create Backup&lt;/b&gt;: the first backup is full, the next ones can be incremental, and the chain they form is drawn here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用&lt;b&gt;创建云硬盘备份&lt;/b&gt;备份该云硬盘：第一个备份为全量备份，之后的可以是增量备份，它们组成的备份链会显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Show the whole chain (0; the wheel zooms, dragging pans)</source>
        <translation>显示整条备份链（0；滚轮缩放，拖动平移）</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Show half as much of the chain (+)</source>
        <translation>显示一半的备份链范围（+）</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Show twice as much of the chain (-)</source>
        <translation>显示两倍的备份链范围（-）</translation>
    </message>
    <message>
        <source>Evenly Spaced</source>
        <translation>等距排列</translation>
    </message>
    <message>
        <source>One slot per backup instead of a time axis: backups made close together stay apart</source>
        <translation>每个备份占一格而不按时间轴排列：时间相近的备份也能分开显示</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>已保护</translation>
    </message>
</context>
<context>
    <name>cb::ui::ChainPlot</name>
    <message>
        <source>Stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Chain %1</source>
        <translation>备份链 %1</translation>
    </message>
    <message>
        <source>Chain %1 (parent missing)</source>
        <translation>备份链 %1（缺少父备份）</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>读取量：%1</translation>
    </message>
    <message>
        <source>Stored: %1</source>
        <translation>存储量：%1</translation>
    </message>
    <message>
        <source>Status: &lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;</source>
        <translation>状态：&lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>The whole chain; the frame is the part shown above. Click or drag to move it.</source>
        <translation>整条备份链；方框为上方显示的部分。单击或拖动可移动方框。</translation>
    </message>
</context>
<context>
    <name>cb::ui::CreateBackupDialog</name>
    <message>
        <source>Create Volume Backup</source>
        <translation>创建云硬盘备份</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>云硬盘(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Force backup</source>
        <translation>强制创建备份(&amp;F)</translation>
    </message>
    <message>
        <source>Backup type:</source>
        <translation>备份类型：</translation>
    </message>
    <message>
        <source>F&amp;ull backup</source>
        <translation>全量备份(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Incremental backup</source>
        <translation>增量备份(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Default: the volume name and the time</source>
        <translation>默认：云硬盘名称加时间</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A complete copy of every allocated block of the volume at this point in time.</source>
        <translation>对云硬盘在此时间点的所有已分配数据进行完全拷贝。</translation>
    </message>
    <message>
        <source>Only the blocks changed since the previous backup of the volume.</source>
        <translation>只备份与该云硬盘上一次备份相比发生变化的数据。</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1（%2，%3，%4）</translation>
    </message>
    <message>
        <source>The volume is attached to a running instance. It will see brief read/write latency while the backup takes its point in time; the backup is crash-consistent.</source>
        <translation>该云硬盘已挂载至运行中的云主机。创建备份时间点时云硬盘会出现短时读写延迟；备份为崩溃一致性备份。</translation>
    </message>
    <message>
        <source>The volume has no available backup yet, so only a full backup can be created.</source>
        <translation>该云硬盘当前不存在可用的备份，只能创建全量备份。</translation>
    </message>
    <message>
        <source>There is no volume to back up yet.</source>
        <translation>还没有可以备份的云硬盘。</translation>
    </message>
    <message>
        <source>Choose the volume to back up.</source>
        <translation>请选择要备份的云硬盘。</translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; is in use. Check &quot;Force backup&quot; to back it up anyway.</source>
        <translation>云硬盘“%1”处于使用中。如仍要备份，请勾选“强制创建备份”。</translation>
    </message>
</context>
<context>
    <name>cb::ui::CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>创建云硬盘</translation>
    </message>
    <message>
        <source>A new, empty volume. Back it up once it holds data; its backups are listed under its name.</source>
        <translation>新建一个空的云硬盘。写入数据后即可备份；它的备份列在它的名称下。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>for example db-data</source>
        <translation>例如 db-data</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>A number with K, M, G or T (binary units), for example 10G</source>
        <translation>数字加 K、M、G 或 T（二进制单位），例如 10G</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Volume type:</source>
        <translation>云硬盘类型(&amp;V)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的云硬盘已存在。</translation>
    </message>
    <message>
        <source>No volume backend here can create volumes.</source>
        <translation>此处没有可以创建云硬盘的后端。</translation>
    </message>
</context>
<context>
    <name>cb::ui::DashboardPage</name>
    <message>
        <source>Overview — could not read the figures: %1</source>
        <translation>概览 — 无法读取统计数据：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>备份仓库</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>云硬盘备份</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>存储量</translation>
    </message>
    <message>
        <source>Space saved</source>
        <translation>节省空间</translation>
    </message>
    <message>
        <source>Stored bytes over time</source>
        <translation>存储量随时间的变化</translation>
    </message>
    <message>
        <source>Space per project</source>
        <translation>各项目占用空间</translation>
    </message>
    <message>
        <source>Space and last successful backup per volume</source>
        <translation>各云硬盘占用空间与最近一次成功备份</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>逻辑大小</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>Last successful backup</source>
        <translation>最近一次成功备份</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Click a backup to open it</source>
        <translation>单击备份即可打开</translation>
    </message>
    <message>
        <source>Nothing to count yet</source>
        <translation>还没有可统计的内容</translation>
    </message>
    <message>
        <source>&lt;p&gt;The dashboard shows the repository&apos;s size, how much deduplication and compression save, how the backups grow and which ones need attention. Create a volume on the &lt;b&gt;Volumes&lt;/b&gt; page and back it up with &lt;b&gt;Create Backup&lt;/b&gt;; its figures appear here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;概览显示备份仓库的大小、去重与压缩节省的空间、备份的增长情况以及需要关注的备份。请在&lt;b&gt;云硬盘&lt;/b&gt;页面创建云硬盘，并用&lt;b&gt;创建云硬盘备份&lt;/b&gt;备份它；相关数据将显示在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create Volume…</source>
        <translation>创建云硬盘…</translation>
    </message>
    <message>
        <source>Double-click a volume to see its backup chain</source>
        <translation>双击云硬盘查看其备份链</translation>
    </message>
    <message numerus="yes">
        <source>on disk: %Ln chunk(s) and the backups&apos; indexes</source>
        <translation>
            <numerusform>磁盘上：%Ln 个数据块及各备份的索引</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository&apos;s size is shown to accounts that see every project.</source>
        <translation>备份仓库的大小仅对能查看全部项目的账号显示。</translation>
    </message>
    <message numerus="yes">
        <source>of %Ln volume(s)</source>
        <translation>
            <numerusform>来自 %Ln 个云硬盘</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1 of volume data backed up (%2 read)</source>
        <translation>对应已备份的 %1 云硬盘数据（读取 %2）</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>logical ÷ stored: deduplication across backups and compression save %1</source>
        <translation>逻辑大小 ÷ 存储量：跨备份去重与压缩共节省 %1</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This volume has no successful backup</source>
        <translation>此云硬盘还没有成功的备份</translation>
    </message>
    <message>
        <source>Needs attention: nothing — no failed or damaged backups</source>
        <translation>需要关注：无 — 没有失败或损坏的备份</translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %Ln failed or damaged backup(s), the newest %1 listed</source>
        <translation>
            <numerusform>需要关注：%Ln 个失败或损坏的备份，列出最新的 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs attention: %Ln failed or damaged backup(s)</source>
        <translation>
            <numerusform>需要关注：%Ln 个失败或损坏的备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The health check found %Ln problem(s).</source>
        <translation>
            <numerusform>健康检查发现 %Ln 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The health check found %Ln thing(s) to look at.</source>
        <translation>
            <numerusform>健康检查发现 %Ln 项需要关注。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Health Check</source>
        <translation>打开健康检查</translation>
    </message>
    <message>
        <source>Nothing stored: the data backed up is all zeros or holes.</source>
        <translation>未存储任何数据：所备份的数据全为零或未分配。</translation>
    </message>
</context>
<context>
    <name>cb::ui::DeleteBackupsDialog</name>
    <message>
        <source>Delete Volume Backups</source>
        <translation>删除云硬盘备份</translation>
    </message>
    <message>
        <source>A backup that others depend on cannot be deleted: a full backup only after the incremental backups based on it, and incremental backups newest first. A selection that contains the whole end of a chain is deleted in that order.</source>
        <translation>被其他备份依赖的备份不能删除：全量备份只能在基于它的增量备份都删除之后删除，多个增量备份需按创建顺序的倒序依次删除。选中的备份如果包含备份链的整个末端，将按此顺序删除。</translation>
    </message>
    <message>
        <source>These backups will be deleted, in this order:</source>
        <translation>将按以下顺序删除这些云硬盘备份：</translation>
    </message>
    <message>
        <source>Select the dependent backups too</source>
        <translation>一并选中依赖的备份</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Select the %n dependent backup(s) too</source>
        <translation>
            <numerusform>一并选中依赖的 %n 个备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Working out what can be deleted from %Ln selected backup(s)…</source>
        <translation>
            <numerusform>正在计算所选的 %Ln 个备份中哪些可以删除…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2，%3，%4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… 另有 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) will be deleted. They store %1 in the repository; up to that much space is freed (data shared with other backups stays).</source>
        <translation>
            <numerusform>将删除 %Ln 个备份。它们在备份仓库中存储了 %1；最多可释放这么多空间（与其他备份共享的数据会保留）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting is permanent: a deleted backup cannot be recovered or restored.</source>
        <translation>删除不可撤销：已删除的备份无法找回，也无法再用于恢复。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln selected backup(s) can be deleted now.</source>
        <translation>
            <numerusform>所选的 %Ln 个备份目前都无法删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected backup(s) cannot be deleted and will be kept:</source>
        <translation>
            <numerusform>所选备份中有 %Ln 个无法删除，将被保留：</numerusform>
        </translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>原因：</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln Backup(s)</source>
        <translation>
            <numerusform>删除 %Ln 个备份</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::DoctorPage</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Check the catalog, the repository, the Ceph clusters, jobs, backups and file modes again (the same checks as &quot;cloudbackupctl doctor&quot;)</source>
        <translation>重新检查目录数据库、备份仓库、Ceph 集群、任务、备份和文件权限（与“cloudbackupctl doctor”的检查相同）</translation>
    </message>
    <message>
        <source>The health check reads every project; it is for cloud admins.</source>
        <translation>健康检查会读取所有项目，仅限云管理员使用。</translation>
    </message>
    <message>
        <source>Checking the catalog, the repository and the clusters… An unreachable cluster can take up to a minute to answer.</source>
        <translation>正在检查目录数据库、备份仓库和集群…… 无法连接的集群最多可能需要一分钟才会响应。</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>无法执行检查：%1</translation>
    </message>
    <message>
        <source>Failed: %1, needing attention: %2 — checked %3. Each row says what to do.</source>
        <translation>失败：%1 项，需关注：%2 项 — 检查于 %3。每一行都说明了处理方法。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) failed — checked %1. Each row says what to do.</source>
        <translation>
            <numerusform>%Ln 项检查失败 — 检查于 %1。每一行都说明了处理方法。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) need attention — checked %1.</source>
        <translation>
            <numerusform>%Ln 项检查需要关注 — 检查于 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln check(s) passed — checked %1.</source>
        <translation>
            <numerusform>全部 %Ln 项检查均正常 — 检查于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录数据库</translation>
    </message>
    <message>
        <source>Catalog integrity</source>
        <translation>目录数据库完整性</translation>
    </message>
    <message>
        <source>Clock against the database server</source>
        <translation>与数据库服务器的时钟偏差</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>备份仓库</translation>
    </message>
    <message>
        <source>Repository space</source>
        <translation>备份仓库空间</translation>
    </message>
    <message>
        <source>Stuck backups</source>
        <translation>卡住的备份</translation>
    </message>
    <message>
        <source>Long-running jobs</source>
        <translation>长时间运行的任务</translation>
    </message>
    <message>
        <source>Damaged backups</source>
        <translation>已损坏的备份</translation>
    </message>
    <message>
        <source>Failed backups</source>
        <translation>失败的备份</translation>
    </message>
    <message>
        <source>Backups never verified</source>
        <translation>从未校验的备份</translation>
    </message>
    <message>
        <source>Private files</source>
        <translation>文件私密性</translation>
    </message>
    <message>
        <source>Ceph cluster %1: keyring</source>
        <translation>Ceph 集群 %1：密钥环</translation>
    </message>
    <message>
        <source>Ceph cluster %1</source>
        <translation>Ceph 集群 %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditBackupDialog</name>
    <message>
        <source>Edit Volume Backup</source>
        <translation>编辑云硬盘备份</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cb::ui::EditTagsDialog</name>
    <message>
        <source>Edit Resource Tags</source>
        <translation>编辑资源标签</translation>
    </message>
    <message>
        <source>Tags of &lt;b&gt;%1&lt;/b&gt;. Type a tag and press Enter: existing tags are offered as you type, and a tag that does not exist yet is created.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的标签。输入标签后按回车：输入时会提示已有的标签，若所需标签不存在，将直接创建。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 (new tag)</source>
        <translation>%1（新标签）</translation>
    </message>
    <message numerus="yes">
        <source>Tags of &lt;b&gt;%n backups&lt;/b&gt;. A tag you add is added to each of them, a tag you remove is removed from each; the others stay as they are. Type a tag and press Enter: existing tags are offered as you type.</source>
        <translation>
            <numerusform>&lt;b&gt;%n 个备份&lt;/b&gt;的标签。添加的标签会加到每个备份上，删除的标签会从每个备份上删除；其他标签保持不变。输入标签后按 Enter：输入时会提示已有的标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (added to all)</source>
        <translation>%1（添加到全部）</translation>
    </message>
    <message>
        <source>%1 (on %2 of %3)</source>
        <translation>%1（%3 个中的 %2 个有此标签）</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobAlert</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 在 %2 上失败：%3</translation>
    </message>
    <message>
        <source>Show Job</source>
        <translation>查看任务</translation>
    </message>
    <message>
        <source>Open the job and its log on the jobs page</source>
        <translation>在任务页打开该任务及其日志</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobIndicator</name>
    <message>
        <source>Cancel the running job</source>
        <translation>取消正在运行的任务</translation>
    </message>
    <message>
        <source>Show the jobs to cancel one</source>
        <translation>显示任务列表以取消其中一个</translation>
    </message>
    <message>
        <source>Show the jobs page</source>
        <translation>显示任务页面</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务运行中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobModel</name>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln backup(s)</source>
        <translation>
            <numerusform>%L1 / %Ln 个云硬盘备份</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>Cancel this job</source>
        <translation>取消此任务</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Job %1 on %2 (process %3)</source>
        <translation>任务 %1，位于 %2（进程 %3）</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>结束于 %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cb::ui::JobsPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the selected running jobs (or the only running one)</source>
        <translation>取消所选的运行中任务（或唯一正在运行的任务）</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已结束</translation>
    </message>
    <message>
        <source>Select a job to see its log.</source>
        <translation>选择一个任务以查看其日志。</translation>
    </message>
    <message>
        <source>Log of job %1</source>
        <translation>任务 %1 的日志</translation>
    </message>
    <message>
        <source>Remove this console&apos;s finished, failed and cancelled jobs from the top of the list (they stay in the history below)</source>
        <translation>从列表顶部移除本控制台已完成、失败和已取消的任务（它们仍保留在下方的历史中）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>cb::ui::LoginDialog</name>
    <message>
        <source>Log In to cloudbackup</source>
        <translation>登录 cloudbackup</translation>
    </message>
    <message>
        <source>This catalog is shared by several accounts. Log in with your cloudbackup account.</source>
        <translation>此目录数据库由多个用户共享。请使用您的 cloudbackup 用户登录。</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>目录数据库：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>用户(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass</source>
        <translation>留空：使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Enter the account to log in as.</source>
        <translation>请输入要登录的用户。</translation>
    </message>
    <message>
        <source>Could not log in as %1: %2</source>
        <translation>无法以 %1 登录：%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::MainWindow</name>
    <message>
        <source>About cloudbackup</source>
        <translation>关于 cloudbackup</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cloudbackup %1&lt;/h3&gt;&lt;p&gt;Full and incremental backups of cloud block volumes (Ceph RBD images and raw image files), with backup chains, restore to a new or an existing volume, and tags.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cloudbackup %1&lt;/h3&gt;&lt;p&gt;为云硬盘（Ceph RBD 镜像和裸镜像文件）创建全量备份和增量备份，提供备份链、恢复到新云硬盘或已存在的云硬盘，以及标签。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>无法读取目录数据库：%1</translation>
    </message>
    <message>
        <source>Volume Backups</source>
        <translation>云硬盘备份</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>Backup Chain</source>
        <translation>备份链</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Create &amp;Demo Data</source>
        <translation>创建演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Create a few file volumes with data and backups to try every action</source>
        <translation>创建几个带数据和备份的文件云硬盘，以便体验所有操作</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About cloudbackup</source>
        <translation>关于 cloudbackup(&amp;A)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Jobs Are Running</source>
        <translation>任务正在运行</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Quit and cancel them? A cancelled backup leaves no partial backup; a cancelled restore leaves its target volume incomplete.</source>
        <translation>
            <numerusform>仍有 %n 个任务正在运行。要退出并取消这些任务吗？取消的备份不会留下不完整的备份；取消的恢复会使目标云硬盘的数据不完整。</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审计</translation>
    </message>
    <message>
        <source>Who did what, when, and with what result</source>
        <translation>谁在何时做了什么，结果如何</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>已登录为 %1（%2）</translation>
    </message>
    <message>
        <source>cloudbackup — %1</source>
        <translation>cloudbackup — %1</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>备份策略</translation>
    </message>
    <message>
        <source>Health Check</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>What is wrong, and what to do about it</source>
        <translation>哪里出了问题，以及如何处理</translation>
    </message>
</context>
<context>
    <name>cb::ui::PoliciesPage</name>
    <message>
        <source>Backup Policies</source>
        <translation>备份策略</translation>
    </message>
    <message>
        <source>New Policy</source>
        <translation>新建策略</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Run Now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the policies again</source>
        <translation>重新读取备份策略</translation>
    </message>
    <message>
        <source>Create a policy: which volumes, when, and how many backups are kept</source>
        <translation>创建策略：备份哪些云硬盘、何时备份、保留多少备份</translation>
    </message>
    <message>
        <source>Change the selected policy</source>
        <translation>修改所选策略</translation>
    </message>
    <message>
        <source>Delete the selected policy (its backups stay)</source>
        <translation>删除所选策略（其创建的备份保留）</translation>
    </message>
    <message>
        <source>Run the selected policy now: back up its volumes, then prune</source>
        <translation>立即运行所选策略：备份其云硬盘，然后清理</translation>
    </message>
    <message>
        <source>Could not read the policies: %1</source>
        <translation>无法读取备份策略：%1</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; created.</source>
        <translation>已创建策略“%1”。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; saved.</source>
        <translation>已保存策略“%1”。</translation>
    </message>
    <message>
        <source>Delete Policy</source>
        <translation>删除策略</translation>
    </message>
    <message>
        <source>Delete the policy &quot;%1&quot;? Its volumes are no longer backed up by it; the backups it made stay.</source>
        <translation>删除策略“%1”？其云硬盘将不再由它备份；它创建的备份保留。</translation>
    </message>
    <message>
        <source>Policy &quot;%1&quot; deleted.</source>
        <translation>已删除策略“%1”。</translation>
    </message>
    <message>
        <source>Could not delete the policy: %1</source>
        <translation>无法删除策略：%1</translation>
    </message>
    <message>
        <source>Backup Policies of the project %1</source>
        <translation>项目 %1 的备份策略</translation>
    </message>
</context>
<context>
    <name>cb::ui::PolicyDialog</name>
    <message>
        <source>Edit Policy %1</source>
        <translation>编辑策略 %1</translation>
    </message>
    <message>
        <source>New Backup Policy</source>
        <translation>新建备份策略</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation>备份(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>计划(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>备份类型(&amp;K)：</translation>
    </message>
    <message>
        <source>A full backup every</source>
        <translation>全量备份：每</translation>
    </message>
    <message>
        <source>or every</source>
        <translation>或每</translation>
    </message>
    <message>
        <source>Keep &amp;last:</source>
        <translation>保留最近(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Hourly:</source>
        <translation>每小时(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Daily:</source>
        <translation>每天(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Weekly:</source>
        <translation>每周(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Monthly:</source>
        <translation>每月(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Yearly:</source>
        <translation>每年(&amp;Y)：</translation>
    </message>
    <message>
        <source>Minimum &amp;age:</source>
        <translation>最短保留期(&amp;A)：</translation>
    </message>
    <message>
        <source>for example nightly-db</source>
        <translation>例如 nightly-db</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>These volumes</source>
        <translation>这些云硬盘</translation>
    </message>
    <message>
        <source>Every volume of a project</source>
        <translation>某个项目的所有云硬盘</translation>
    </message>
    <message>
        <source>Volumes whose name matches a pattern</source>
        <translation>名称匹配某个模式的云硬盘</translation>
    </message>
    <message>
        <source>for example db-* (evaluated at each run)</source>
        <translation>例如 db-*（每次运行时重新匹配）</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>daily, hourly, Mon..Fri 22:00, *-*-01 03:00 UTC</source>
        <translation>daily、hourly、Mon..Fri 22:00、*-*-01 03:00 UTC</translation>
    </message>
    <message>
        <source>A calendar event in systemd&apos;s syntax (systemd.time(7)), in this computer&apos;s time zone unless one is named</source>
        <translation>systemd 语法的日历事件（systemd.time(7)），未指定时区时使用本机时区</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Always full</source>
        <translation>始终全量</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Force: also back up volumes in use (crash-consistent)</source>
        <translation>强制(&amp;F)：也备份使用中的云硬盘（崩溃一致）</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留规则</translation>
    </message>
    <message>
        <source>for example 7d</source>
        <translation>例如 7d</translation>
    </message>
    <message>
        <source>Backups younger than this are never deleted or pruned: 30d, 12h, 2w, 1d12h</source>
        <translation>比此时长更新的备份不会被删除或清理：30d、12h、2w、1d12h</translation>
    </message>
    <message>
        <source>What the retention keeps</source>
        <translation>保留规则的效果</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Say when the policy runs, for example daily.</source>
        <translation>请说明策略何时运行，例如 daily。</translation>
    </message>
    <message>
        <source>The schedule &quot;%1&quot; never runs again.</source>
        <translation>计划“%1”不会再运行。</translation>
    </message>
    <message>
        <source>Give the policy a name.</source>
        <translation>请为策略命名。</translation>
    </message>
    <message>
        <source>Choose at least one volume.</source>
        <translation>请至少选择一个云硬盘。</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>请选择一个项目。</translation>
    </message>
    <message>
        <source>Type a name pattern, for example db-*.</source>
        <translation>请输入名称模式，例如 db-*。</translation>
    </message>
    <message>
        <source>The minimum age &quot;%1&quot; is not a duration: use for example 30d, 12h, 2w or 1d12h.</source>
        <translation>最短保留期“%1”不是有效时长：请使用例如 30d、12h、2w 或 1d12h。</translation>
    </message>
    <message>
        <source>Next runs: %1</source>
        <translation>接下来的运行：%1</translation>
    </message>
    <message>
        <source>Covers no volume now.</source>
        <translation>当前不覆盖任何云硬盘。</translation>
    </message>
    <message numerus="yes">
        <source>Covers %Ln volume(s) now: %1</source>
        <translation>
            <numerusform>当前覆盖 %Ln 个云硬盘：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cb::ui::PolicyModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>云硬盘</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>备份类型</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留规则</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>Names matching %1</source>
        <translation>名称匹配 %1</translation>
    </message>
    <message>
        <source>Always full</source>
        <translation>始终全量</translation>
    </message>
    <message numerus="yes">
        <source>a full every %Ln backup(s)</source>
        <translation>
            <numerusform>每 %Ln 个备份一次全量</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a full every %Ln day(s)</source>
        <translation>
            <numerusform>每 %Ln 天一次全量</numerusform>
        </translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Incremental, %1</source>
        <translation>增量，%1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1 个</translation>
    </message>
    <message>
        <source>%1 hourly</source>
        <translation>每小时 %1 个</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>每天 %1 个</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>每周 %1 个</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>每月 %1 个</translation>
    </message>
    <message>
        <source>%1 yearly</source>
        <translation>每年 %1 个</translation>
    </message>
    <message>
        <source>minimum age %1</source>
        <translation>最短保留 %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the rules of a retention</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>cb::ui::RestoreDialog</name>
    <message>
        <source>Restore Volume Backup</source>
        <translation>恢复云硬盘备份</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 backup of volume &lt;b&gt;%3&lt;/b&gt; (%4), created %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;云硬盘 &lt;b&gt;%3&lt;/b&gt;（%4）的%2备份，创建于 %5</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>恢复方式：</translation>
    </message>
    <message>
        <source>Create &amp;new volume</source>
        <translation>创建新云硬盘(&amp;N)</translation>
    </message>
    <message>
        <source>Choose &amp;existing volume</source>
        <translation>选择已存在云硬盘(&amp;E)</translation>
    </message>
    <message>
        <source>Volume type:</source>
        <translation>云硬盘类型：</translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation>云硬盘名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Target volume:</source>
        <translation>目标云硬盘(&amp;T)：</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>A restored volume keeps the type of the backed-up volume.</source>
        <translation>恢复出的云硬盘沿用源云硬盘的类型，不支持修改。</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The backup is %1 and cannot be restored.</source>
        <translation>该云硬盘备份的状态为“%1”，无法恢复。</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; exists already in project %2.</source>
        <translation>项目 %2 中已存在名为“%1”的云硬盘。</translation>
    </message>
    <message>
        <source>No volume can take this backup: a target must be available (not attached) and at least %1. Restore to a new volume instead.</source>
        <translation>没有云硬盘可以接收此备份：目标云硬盘必须处于“可用”状态（未挂载），且不小于 %1。请改为恢复到新云硬盘。</translation>
    </message>
    <message>
        <source>All data on the volume &quot;%1&quot; will be overwritten by the data of the backup. This cannot be undone.</source>
        <translation>云硬盘“%1”上的全部数据将被备份中的数据覆盖，此操作无法撤销。</translation>
    </message>
    <message>
        <source>I understand that the data on &quot;%1&quot; will be &amp;overwritten</source>
        <translation>我了解“%1”上的数据将被覆盖(&amp;O)</translation>
    </message>
    <message>
        <source>Confirm that the data on &quot;%1&quot; may be overwritten.</source>
        <translation>请确认可以覆盖“%1”上的数据。</translation>
    </message>
    <message>
        <source>%1 — cannot be used</source>
        <translation>%1 — 不可用</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) cannot be used: a target must be available (not attached) and at least %1.</source>
        <translation>
            <numerusform>%n 个云硬盘不可用：目标云硬盘必须可用（未挂载）且不小于 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume (%1) is larger than the backup (%2): only its first %2 are written, the last %3 keep their current data.</source>
        <translation>该云硬盘（%1）大于备份（%2）：只写入前 %2，其余 %3 保留现有数据。</translation>
    </message>
    <message>
        <source>%1 Choose another volume or restore to a new volume.</source>
        <translation>%1 请选择其他云硬盘，或恢复到新云硬盘。</translation>
    </message>
</context>
<context>
    <name>cb::ui::RetentionPreview</name>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>保留依据</translation>
    </message>
    <message>
        <source>The volume whose backups the preview shows</source>
        <translation>预览显示其备份的云硬盘</translation>
    </message>
    <message>
        <source>The policy covers no volume yet.</source>
        <translation>该策略尚未覆盖任何云硬盘。</translation>
    </message>
    <message>
        <source>No keep rule is set: every backup is kept, nothing is pruned.</source>
        <translation>未设置保留规则：保留所有备份，不清理任何备份。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Could not compute the preview: %1</source>
        <translation>无法计算预览：%1</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the rules that keep a backup</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Keeps %1 of %Ln backup(s), removes %2.</source>
        <translation>
            <numerusform>%Ln 个备份中保留 %1 个，删除 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>This volume has no complete backup yet.</source>
        <translation>该云硬盘还没有完整的备份。</translation>
    </message>
    <message>
        <source>last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>每小时</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <source>kept as parent</source>
        <translation>作为父备份保留</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>已保护</translation>
    </message>
    <message>
        <source>minimum age</source>
        <translation>最短保留期</translation>
    </message>
</context>
<context>
    <name>cb::ui::ScopeSwitcher</name>
    <message>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <source>Show the volumes, backups and chains of one project or of all</source>
        <translation>显示一个项目或全部项目的云硬盘、备份和备份链</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>All my projects</source>
        <translation>我的全部项目</translation>
    </message>
</context>
<context>
    <name>cb::ui::Session</name>
    <message>
        <source>Incremental backup of %1</source>
        <translation>%1 的增量备份</translation>
    </message>
    <message>
        <source>Full backup of %1</source>
        <translation>%1 的全量备份</translation>
    </message>
    <message>
        <source>Backup &quot;%1&quot; created: read %2, stored %3.</source>
        <translation>云硬盘备份“%1”已创建：读取 %2，存储 %3。</translation>
    </message>
    <message>
        <source>Restore %1 over an existing volume</source>
        <translation>将 %1 恢复到已存在的云硬盘</translation>
    </message>
    <message>
        <source>Restore %1 to new volume %2</source>
        <translation>将 %1 恢复到新云硬盘 %2</translation>
    </message>
    <message>
        <source>Restored to volume &quot;%1&quot; (%2).</source>
        <translation>已恢复到云硬盘“%1”（%2）。</translation>
    </message>
    <message>
        <source>Delete backup %1</source>
        <translation>删除云硬盘备份 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln backup(s)</source>
        <translation>
            <numerusform>删除 %Ln 个云硬盘备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln backup(s).</source>
        <translation>
            <numerusform>已删除 %Ln 个云硬盘备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <source>Ceph RBD</source>
        <translation>Ceph RBD</translation>
    </message>
    <message>
        <source>image files</source>
        <translation>镜像文件</translation>
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
        <translation>主目录 %1 · %2 目录数据库 · 云硬盘：%3</translation>
    </message>
    <message>
        <source>Home: %1</source>
        <translation>主目录：%1</translation>
    </message>
    <message>
        <source>Catalog: %1</source>
        <translation>目录数据库：%1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>备份仓库：%1</translation>
    </message>
    <message>
        <source>Volumes: %1</source>
        <translation>云硬盘：%1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>all my projects</source>
        <translation>我的全部项目</translation>
    </message>
    <message>
        <source>User %1 · %2 · %3</source>
        <translation>用户 %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Verify backup %1</source>
        <translation>校验备份 %1</translation>
    </message>
    <message numerus="yes">
        <source>Verify %Ln backup(s)</source>
        <translation>
            <numerusform>校验 %Ln 个备份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) intact: %1 checked.</source>
        <translation>
            <numerusform>%Ln 个备份完好：已校验 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed verification; see the jobs page.</source>
        <translation>
            <numerusform>%n 个备份校验失败；请查看任务页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Verify the repository</source>
        <translation>校验仓库</translation>
    </message>
    <message numerus="yes">
        <source>Repository verified: %1 checked, %Ln problem(s).</source>
        <translation>
            <numerusform>仓库已校验：已校验 %1，%Ln 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The repository has %n problem(s); the first: %1</source>
        <translation>
            <numerusform>仓库有 %n 个问题；第一个：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Run policy %1</source>
        <translation>运行策略 %1</translation>
    </message>
    <message numerus="yes">
        <source>Created %Ln backup(s), </source>
        <translation>
            <numerusform>已创建 %Ln 个备份，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed, </source>
        <translation>
            <numerusform>%Ln 个失败，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pruned %Ln.</source>
        <translation>
            <numerusform>清理 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cb::ui::VolumeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Volume type</source>
        <translation>云硬盘类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份数</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>最新备份</translation>
    </message>
    <message>
        <source>The volume was deleted; its backups can still be restored to a new volume.</source>
        <translation>该云硬盘已被删除；其云硬盘备份仍可恢复到新云硬盘。</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>镜像文件</translation>
    </message>
    <message>
        <source>Next scheduled backup</source>
        <translation>下次计划备份</translation>
    </message>
    <message>
        <source>By policy %1</source>
        <translation>由策略 %1</translation>
    </message>
</context>
<context>
    <name>cb::ui::VolumesPage</name>
    <message>
        <source>Create Backup</source>
        <translation>创建云硬盘备份</translation>
    </message>
    <message>
        <source>Create a backup of the selected volume</source>
        <translation>为所选云硬盘创建备份</translation>
    </message>
    <message>
        <source>Backup Chain</source>
        <translation>备份链</translation>
    </message>
    <message>
        <source>Show the backup chain of the selected volume</source>
        <translation>查看所选云硬盘的备份链</translation>
    </message>
    <message>
        <source>Search volumes</source>
        <translation>搜索云硬盘</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除云硬盘</translation>
    </message>
    <message>
        <source>Delete the volume &quot;%1&quot; and all the data on it? This cannot be undone.</source>
        <translation>删除云硬盘“%1”及其上的全部数据？此操作不可撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln backup(s) are kept and can be restored to a new volume.</source>
        <translation>
            <numerusform>它的 %Ln 个备份会保留，可以恢复到新的云硬盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>The volume &quot;%1&quot; was not deleted: %2</source>
        <translation>云硬盘“%1”未删除：%2</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>创建云硬盘</translation>
    </message>
    <message>
        <source>No volumes yet</source>
        <translation>还没有云硬盘</translation>
    </message>
    <message>
        <source>&lt;p&gt;A volume is a block device of a virtual machine: cloudbackup backs it up and restores it.&lt;/p&gt;&lt;p&gt;Create an empty volume with &lt;b&gt;Create Volume&lt;/b&gt; (name, size, project and type), write data to it, then back it up with &lt;b&gt;Create Backup&lt;/b&gt;. Volumes that already exist in the cloud are listed here as soon as they are found.&lt;/p&gt;</source>
        <translation>&lt;p&gt;云硬盘是虚拟机的块设备：cloudbackup 负责备份和恢复它。&lt;/p&gt;&lt;p&gt;用&lt;b&gt;创建云硬盘&lt;/b&gt;新建一个空的云硬盘（名称、大小、项目和类型），向其中写入数据，然后用&lt;b&gt;创建云硬盘备份&lt;/b&gt;备份它。云中已有的云硬盘一经发现就会列在这里。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There is no volume to back up yet: create one first</source>
        <translation>还没有可备份的云硬盘：请先创建一个</translation>
    </message>
    <message>
        <source>Select a volume to back it up</source>
        <translation>请选择要备份的云硬盘</translation>
    </message>
    <message>
        <source>Create a new, empty volume</source>
        <translation>新建一个空的云硬盘</translation>
    </message>
    <message>
        <source>Select a volume to delete it</source>
        <translation>请选择要删除的云硬盘</translation>
    </message>
    <message>
        <source>The volume was deleted already; its backups stay listed.</source>
        <translation>该云硬盘已被删除；它的备份仍然列出。</translation>
    </message>
    <message>
        <source>The volume is in use (attached): detach it first.</source>
        <translation>该云硬盘正在使用（已挂载）：请先卸载。</translation>
    </message>
    <message>
        <source>Delete the selected volume and its data</source>
        <translation>删除所选云硬盘及其数据</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Backs up cloud block volumes.</source>
        <translation>备份云硬盘。</translation>
    </message>
    <message>
        <source>The cloudbackup home (catalog, repository, file volumes).</source>
        <translation>cloudbackup 主目录（目录数据库、备份仓库、文件云硬盘）。</translation>
    </message>
    <message>
        <source>Create demo volumes with data and backups if the home has none.</source>
        <translation>如果主目录中还没有云硬盘，则创建带数据和备份的演示云硬盘。</translation>
    </message>
    <message>
        <source>The language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Save screenshots into DIR and quit.</source>
        <translation>将截图保存到 DIR 后退出。</translation>
    </message>
    <message>
        <source>cloudbackup</source>
        <translation>cloudbackup</translation>
    </message>
    <message>
        <source>The catalog: a SQLite path or postgresql://host:port/db (or CLOUDBACKUP_CATALOG).</source>
        <translation>目录数据库：SQLite 路径或 postgresql://主机:端口/数据库（或 CLOUDBACKUP_CATALOG）。</translation>
    </message>
    <message>
        <source>The account to log in as, on a shared PostgreSQL catalog.</source>
        <translation>在共享的 PostgreSQL 目录数据库上登录所用的用户。</translation>
    </message>
    <message>
        <source>The repository is encrypted. Its passphrase:</source>
        <translation>仓库已加密。请输入其口令：</translation>
    </message>
    <message>
        <source>Repository passphrase</source>
        <translation>仓库口令</translation>
    </message>
</context>
</TS>
