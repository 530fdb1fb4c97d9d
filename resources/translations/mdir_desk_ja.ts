<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ActorField</name>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="65"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="66"/>
        <source>required when nobody is signed in</source>
        <translation>サインインしていない場合は必須</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="92"/>
        <source>Your na&amp;me:</source>
        <translation>氏名(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="94"/>
        <source>Recorded as:</source>
        <translation>記録者：</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="95"/>
        <source>{name} (signed in)</source>
        <translation>{name}（サインイン中）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="105"/>
        <source>Enter your name first (or sign in).</source>
        <translation>先に氏名を入力してください（またはサインインしてください）。</translation>
    </message>
</context>
<context>
    <name>AddActionDialog</name>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="126"/>
        <source>Add an improvement action</source>
        <translation>改善策を追加</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="132"/>
        <source>Action</source>
        <translation>改善策</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="134"/>
        <source>required, e.g. update the pump downtime card</source>
        <translation>必須。例：輸液ポンプのダウンタイム用カードを更新する</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="136"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="137"/>
        <source>required: who will do it</source>
        <translation>必須：実施する人</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="138"/>
        <source>Due date</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="139"/>
        <source>optional, YYYY-MM-DD</source>
        <translation>任意。YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="141"/>
        <source>&amp;Action:</source>
        <translation>改善策(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="142"/>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="143"/>
        <source>&amp;Due date:</source>
        <translation>期日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="156"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="159"/>
        <source>Add action</source>
        <translation>改善策を追加</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="163"/>
        <source>Add this action to the incident&apos;s list of improvements</source>
        <translation>この改善策をインシデントの改善策一覧に追加します</translation>
    </message>
</context>
<context>
    <name>AddDecisionDialog</name>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="70"/>
        <source>Add a decision to {ref}</source>
        <translation>{ref} に判定を追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="79"/>
        <source>Recent decisions not in any incident (newest first). Pick one, or type a decision id (the first 8 characters are enough).</source>
        <translation>どのインシデントにも含まれていない最近の判定です（新しい順）。1つ選ぶか、判定IDを入力してください（先頭の8文字で十分です）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="86"/>
        <source>Recent decisions not in an incident</source>
        <translation>インシデントに含まれていない最近の判定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="87"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="87"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="87"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="87"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="88"/>
        <source>Choose a decision to add it to this incident, or press Enter on it</source>
        <translation>判定を選んでこのインシデントに追加します。判定の上で Enter キーを押しても追加できます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="96"/>
        <source>No recent decision is outside an incident.</source>
        <translation>インシデントに含まれていない最近の判定はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="101"/>
        <source>Decision id</source>
        <translation>判定ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="103"/>
        <source>The id of a decision not in the table; its first 8 characters are enough</source>
        <translation>表にない判定の判定ID。先頭の8文字で十分です</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="106"/>
        <source>Decision &amp;id:</source>
        <translation>判定ID(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="116"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="119"/>
        <source>Add to incident</source>
        <translation>インシデントに追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="123"/>
        <source>Make the chosen decision part of this incident</source>
        <translation>選んだ判定をこのインシデントに含めます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="163"/>
        <source>Pick a decision, or type its id.</source>
        <translation>判定を選ぶか、判定IDを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="173"/>
        <source>That decision is already in this incident.</source>
        <translation>その判定はすでにこのインシデントに含まれています。</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="181"/>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="209"/>
        <source>Record evidence</source>
        <translation>証拠を記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="183"/>
        <source>Record a file as evidence (screen photo, log, disk image). The file stays where it is; its SHA-256 fingerprint and size are recorded so that a copy can be checked later. Say where the original is kept.</source>
        <translation>ファイルを証拠として記録します（画面の写真、ログ、ディスクイメージなど）。ファイルは移動しません。後でコピーを照合できるよう、SHA-256 のフィンガープリントとサイズを記録します。原本の保管場所を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="195"/>
        <source>Where it is kept</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="196"/>
        <source>required, e.g. evidence locker B2, USB #7</source>
        <translation>必須。例：証拠保管庫 B2、USB #7</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="197"/>
        <source>&amp;Kept at:</source>
        <translation>保管場所(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="200"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="202"/>
        <source>Optional: what the file is and where it came from</source>
        <translation>任意：ファイルの内容と入手元</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="207"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="211"/>
        <source>Record the file&apos;s fingerprint and where it is kept; the file is not changed</source>
        <translation>ファイルのフィンガープリントと保管場所を記録します。ファイル自体は変更されません</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="61"/>
        <source>Create the first administrator account</source>
        <translation>最初の管理者アカウントを作成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="63"/>
        <source>Add an account</source>
        <translation>アカウントを追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="70"/>
        <source>No account exists yet. The first account manages the others, so it must be an administrator. An administrator does not sign clinical decisions unless given a clinical role too.</source>
        <translation>アカウントはまだありません。最初のアカウントはほかのアカウントを管理するため、管理者でなければなりません。管理者は、臨床の役割も与えられない限り臨床判定に署名しません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="76"/>
        <source>Each person has their own account; user names are never reused. The full name is printed with every signature the person makes.</source>
        <translation>アカウントは一人にひとつです。ユーザー名は再利用されません。氏名はその人の署名すべてに表示・印刷されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="83"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="84"/>
        <source>e.g. a.sato (letters, digits, . _ -)</source>
        <translation>例：a.sato（英小文字・数字・. _ -）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="87"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="88"/>
        <source>The person&apos;s name as it is printed with their signatures</source>
        <translation>署名とともに印刷される、その人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="90"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="91"/>
        <source>at least 8 characters</source>
        <translation>8文字以上</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="94"/>
        <source>Repeat the password</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="96"/>
        <source>Type the password again, to be sure it has no typing error</source>
        <translation>入力ミスがないか確かめるため、パスワードをもう一度入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="98"/>
        <source>Training record</source>
        <translation>教育記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="99"/>
        <source>optional, e.g. e-signature course 2026-11</source>
        <translation>任意。例：電子署名研修 2026-11</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="100"/>
        <source>Identity checked</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="102"/>
        <source>optional, e.g. staff badge seen by K. Mori</source>
        <translation>任意。例：職員証を森が確認</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="104"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="105"/>
        <source>&amp;Full name:</source>
        <translation>氏名(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="106"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="107"/>
        <source>&amp;Repeat password:</source>
        <translation>パスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="108"/>
        <source>&amp;Training:</source>
        <translation>教育記録(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="109"/>
        <source>&amp;Identity checked:</source>
        <translation>本人確認(&amp;I):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="112"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="122"/>
        <source>Tick to give the account this role; it decides what the person may do</source>
        <translation>チェックすると、このアカウントにこの役割を与えます。役割によって、その人ができることが決まります</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="137"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="140"/>
        <source>Create account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="144"/>
        <source>Create the account with these details and roles</source>
        <translation>入力した内容と役割でアカウントを作成します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="159"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>2つのパスワードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="165"/>
        <source>Choose at least one role.</source>
        <translation>役割を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="180"/>
        <source>Not created: {problem}</source>
        <translation>作成されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/add_user_dialog.py" line="184"/>
        <source>Not created: the database could not be written.</source>
        <translation>作成されていません：データベースに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>The database {path} could not be opened:
{problem}</source>
        <translation>データベース {path} を開けませんでした：
{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="256"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="292"/>
        <source>A data file of MDIR Desk is broken and was refused:
{problem}</source>
        <translation>MDIR Desk のデータファイルが壊れているため読み込みを中止しました：
{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="294"/>
        <source>Broken data file</source>
        <translation>データファイルの破損</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="322"/>
        <source>The backup could not be restored</source>
        <translation>バックアップを復元できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="323"/>
        <source>{file} could not be restored:
{problem}</source>
        <translation>{file} を復元できませんでした:
{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="444"/>
        <source>The daily backup of the database failed: {problem}. Tell your IT team.</source>
        <translation>データベースの毎日のバックアップに失敗しました: {problem}。IT 担当者に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="457"/>
        <source>Backup failed</source>
        <translation>バックアップ失敗</translation>
    </message>
</context>
<context>
    <name>AttachPanel</name>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="58"/>
        <source>Attach the maker&apos;s SBOM (CycloneDX or SPDX JSON) to a device model. Every device of that model — and of that firmware version, if you give one — then carries its components, including devices added later.</source>
        <translation>製造販売業者の SBOM（CycloneDX または SPDX の JSON）を機種に登録します。その機種（ファームウェアのバージョンを指定した場合はそのバージョン）のすべての機器が、後から追加される機器も含め、その部品を持つものとして扱われます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="76"/>
        <source>&amp;Attach</source>
        <translation>登録(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="79"/>
        <source>Read the SBOM file and keep its software list with the device model</source>
        <translation>SBOM ファイルを読み込み、ソフトウェアの一覧を機種に登録します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="86"/>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="90"/>
        <source>SBOMs attached so far</source>
        <translation>登録済みの SBOM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="92"/>
        <source>The software lists already kept, with their model and firmware</source>
        <translation>登録済みのソフトウェア一覧と、その機種・ファームウェア</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="105"/>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="153"/>
        <source>SBOM file</source>
        <translation>SBOM ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="107"/>
        <source>The full path of the software bill of materials (CycloneDX or SPDX file)</source>
        <translation>SBOM（ソフトウェア部品表）ファイルのフルパス（CycloneDX または SPDX 形式）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="109"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="111"/>
        <source>Pick the SBOM file from the computer&apos;s folders</source>
        <translation>コンピューターのフォルダーから SBOM ファイルを選びます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="121"/>
        <source>Device model the SBOM describes</source>
        <translation>SBOM が対象とする機種</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="123"/>
        <source>The inventory&apos;s model whose software the file lists; choose or type it</source>
        <translation>ファイルに記載されたソフトウェアを持つ、機器台帳の機種。選ぶか入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="127"/>
        <source>e.g. LVP-500</source>
        <translation>例: LVP-500</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="130"/>
        <source>Firmware version (optional)</source>
        <translation>ファームウェアのバージョン（任意）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="131"/>
        <source>Leave empty for every firmware version</source>
        <translation>空欄ならすべてのファームウェアのバージョンが対象</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="134"/>
        <source>Name of the person attaching</source>
        <translation>登録する人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="136"/>
        <source>Required: your name, recorded with the SBOM</source>
        <translation>必須：あなたの氏名（SBOM とともに記録されます）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="139"/>
        <source>SBOM &amp;file:</source>
        <translation>SBOM ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="140"/>
        <source>Device &amp;model:</source>
        <translation>機種(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="141"/>
        <source>Fi&amp;rmware version (optional):</source>
        <translation>ファームウェアのバージョン（任意）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="142"/>
        <source>Your &amp;name (required):</source>
        <translation>氏名（必須）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="166"/>
        <source>Choose the SBOM file to attach.</source>
        <translation>登録する SBOM ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="169"/>
        <source>Enter the device model the SBOM describes.</source>
        <translation>SBOM が対象とする機種を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="173"/>
        <source>Enter your name: every change records who made it.</source>
        <translation>氏名を入力してください。すべての変更は誰が行ったかを記録します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="183"/>
        <source>The SBOM was not attached: {problem}</source>
        <translation>SBOM は登録されませんでした: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="200"/>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="241"/>
        <source>{model} (firmware {firmware})</source>
        <translation>{model}（ファームウェア {firmware}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="212"/>
        <source>{components} components attached to {target}. {devices}</source>
        <translation>{target} に {components} 個の部品を登録しました。{devices}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="203"/>
        <source>No device of this model is in the inventory yet; devices added later will carry these components.</source>
        <translation>この機種の機器はまだ台帳にありません。後から追加される機器がこれらの部品を持つものとして扱われます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="207"/>
        <source>1 device in the inventory carries them now.</source>
        <translation>台帳の 1 台が現在これらの部品を持っています。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="209"/>
        <source>{count} devices in the inventory carry them now.</source>
        <translation>台帳の {count} 台が現在これらの部品を持っています。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="236"/>
        <source>None yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="245"/>
        <source>{target} — {file} ({format} {version}, {components} components) — by {by}, {when}</source>
        <translation>{target} — {file}（{format} {version}、部品 {components} 個）— 登録: {by}、{when}</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../ui/views/audit_view.py" line="57"/>
        <source>Audit trail (newest first)</source>
        <translation>監査証跡（新しい順）</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="61"/>
        <source>&amp;Verify trail</source>
        <translation>監査証跡を検証(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="63"/>
        <source>Check every event, decision, signature and key against the trail</source>
        <translation>すべてのイベント・判定・署名・鍵を監査証跡と照合します</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="67"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="69"/>
        <source>Write the whole trail to a CSV or JSON file</source>
        <translation>監査証跡全体を CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="86"/>
        <source>Record id</source>
        <translation>記録ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="87"/>
        <source>a decision id, account id, …</source>
        <translation>判定ID、アカウントIDなど</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="88"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="89"/>
        <source>part of a name</source>
        <translation>名前の一部</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="92"/>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="93"/>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="94"/>
        <source>&amp;Record:</source>
        <translation>記録(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="94"/>
        <source>&amp;Who:</source>
        <translation>担当者(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="106"/>
        <source>&amp;Show</source>
        <translation>表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="106"/>
        <source>Show the events that match</source>
        <translation>条件に合うイベントを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="109"/>
        <source>&amp;Clear filters</source>
        <translation>条件をクリア(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="109"/>
        <source>Show every event</source>
        <translation>すべてのイベントを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="111"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="112"/>
        <source>Clear filters</source>
        <translation>条件をクリア</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="131"/>
        <source>Tick to show only events from a time on</source>
        <translation>チェックすると、指定した日時以降のイベントだけを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="132"/>
        <source>The earliest time of the events shown</source>
        <translation>表示するイベントの最も早い日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="134"/>
        <source>Tick to show only events up to a time</source>
        <translation>チェックすると、指定した日時までのイベントだけを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="135"/>
        <source>The latest time of the events shown</source>
        <translation>表示するイベントの最も遅い日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="143"/>
        <source>Events of the audit trail</source>
        <translation>監査証跡のイベント</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="148"/>
        <source>Who did what and when, newest first; choose a row to read its details below</source>
        <translation>誰がいつ何をしたか（新しい順）。行を選ぶと下に詳細が表示されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="154"/>
        <source>Details of the selected event</source>
        <translation>選択したイベントの詳細</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="156"/>
        <source>Everything recorded about the event chosen in the table, read-only</source>
        <translation>表で選んだイベントについて記録されたすべての内容（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="184"/>
        <location filename="../../ui/views/audit_view.py" line="235"/>
        <location filename="../../ui/views/audit_view.py" line="284"/>
        <source>The audit trail could not be read.</source>
        <translation>監査証跡を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="187"/>
        <source>{count} event(s)</source>
        <translation>{count} 件のイベント</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="189"/>
        <source>(the newest {limit} only: narrow the filter)</source>
        <translation>(新しい {limit} 件のみ:絞り込んでください)</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="216"/>
        <source>Who: {actor} ({role})</source>
        <translation>担当者：{actor}（{role}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="220"/>
        <source>Sealed: {sealed} · hash {hash}</source>
        <translation>封印：{sealed} · ハッシュ {hash}</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="221"/>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="221"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="238"/>
        <source>{events} events, {decisions} decisions, {signatures} signatures, {keys} keys</source>
        <translation>イベント {events} 件、判定 {decisions} 件、署名 {signatures} 件、鍵 {keys} 件</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="246"/>
        <source>seals checked</source>
        <translation>封印も確認済み</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="248"/>
        <source>seals not checked (this computer has no seal key)</source>
        <translation>封印は未確認（このコンピューターに封印鍵がありません）</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="252"/>
        <source>The audit trail is intact: {counts}; {seals}.</source>
        <translation>監査証跡は改ざんされていません：{counts}。{seals}。</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="259"/>
        <source>The audit trail is NOT intact: {count} problem(s). First: {problem}</source>
        <translation>監査証跡に異常があります：問題 {count} 件。最初の問題：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="270"/>
        <source>Export the audit trail</source>
        <translation>監査証跡の書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="279"/>
        <location filename="../../ui/views/audit_view.py" line="284"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="289"/>
        <source>Audit trail exported</source>
        <translation>監査証跡を書き出しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/audit_view.py" line="290"/>
        <source>{count} events written to {path}.</source>
        <translation>{count} 件のイベントを {path} に書き出しました。</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="52"/>
        <source>USB bundles</source>
        <translation>USBバンドル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="57"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="58"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="59"/>
        <source>Bring data from a bundle file into this computer</source>
        <translation>バンドルファイルのデータをこのコンピューターに取り込みます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="60"/>
        <source>Write this computer&apos;s data to a signed bundle file</source>
        <translation>このコンピューターのデータを署名付きのバンドルファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="61"/>
        <source>Bundle</source>
        <translation>バンドル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="61"/>
        <source>Import a bundle, or export one</source>
        <translation>バンドルの取り込みまたは書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="72"/>
        <source>Choose a bundle file. Check verifies its signature against the publishers this computer trusts and shows what would change; nothing is written until you Apply.</source>
        <translation>バンドルファイルを選んでください。「確認」では、このコンピューターが信頼する発行者に照らして署名を検証し、変更内容を表示します。「適用」するまで何も書き込まれません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="78"/>
        <source>Bundle file</source>
        <translation>バンドルファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="79"/>
        <source>the bundle file, e.g. on the USB stick</source>
        <translation>バンドルファイル。例：USBメモリ内のファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="83"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="86"/>
        <source>Pick the bundle file, e.g. on the USB stick</source>
        <translation>バンドルファイルを選びます（例：USBメモリ内のファイル）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="90"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="92"/>
        <source>who imports (default: this computer&apos;s account)</source>
        <translation>取り込む人（既定：このコンピューターのアカウント）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="98"/>
        <source>&amp;Check</source>
        <translation>確認(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="102"/>
        <source>Check the bundle&apos;s signature and show what it would change; writes nothing</source>
        <translation>バンドルの署名を確認し、変更内容を表示します。何も書き込みません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="106"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="110"/>
        <source>Write the checked bundle&apos;s changes into this computer&apos;s database</source>
        <translation>確認したバンドルの変更内容を、このコンピューターのデータベースに書き込みます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="120"/>
        <source>What the bundle would change</source>
        <translation>バンドルによる変更内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="122"/>
        <source>After Check: who signed the bundle and what it would add or change</source>
        <translation>「確認」の後に表示：バンドルの署名者と、追加・変更される内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="133"/>
        <source>Choose a bundle</source>
        <translation>バンドルの選択</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="134"/>
        <source>MDIR Desk bundles (*.zip *.mdirb);;All files (*)</source>
        <translation>MDIR Desk バンドル (*.zip *.mdirb);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="147"/>
        <source>Choose a bundle file first.</source>
        <translation>先にバンドルファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="163"/>
        <source>Refused: {problem}</source>
        <translation>拒否されました：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="168"/>
        <source>The bundle could not be read.</source>
        <translation>バンドルを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="174"/>
        <source>This bundle was made on this computer: there is nothing to import.</source>
        <translation>このバンドルはこのコンピューターで作成されたものです。取り込むものはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="178"/>
        <source>Signature valid. {count} change(s) would be applied.</source>
        <translation>署名は有効です。{count} 件の変更が適用されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="185"/>
        <source>Signature valid. Everything is already here.</source>
        <translation>署名は有効です。すべて取り込み済みです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="195"/>
        <source>Apply the bundle</source>
        <translation>バンドルの適用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="196"/>
        <source>Apply {count} change(s) from {publisher}?</source>
        <translation>{publisher} からの {count} 件の変更を適用しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="207"/>
        <source>NOT applied: {problem}</source>
        <translation>適用されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="213"/>
        <source>NOT applied: the database could not be written; nothing changed.</source>
        <translation>適用されていません：データベースに書き込めませんでした。何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="221"/>
        <source>Applied: {count} change(s) saved.</source>
        <translation>適用しました：{count} 件の変更を保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="227"/>
        <source>Publisher</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="228"/>
        <source>Trusted as</source>
        <translation>信頼名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="229"/>
        <source>Key</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="230"/>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="231"/>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="243"/>
        <source>{kind}: {added} added, {changed} changed, {unchanged} unchanged</source>
        <translation>{kind}：追加 {added} 件、変更 {changed} 件、変更なし {unchanged} 件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="252"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="252"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="260"/>
        <source>… and {count} more</source>
        <translation>…ほか {count} 件</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="272"/>
        <source>A bundle is signed with your key (an administrator signed in); the other computer must trust your public key (export it with the bundle).</source>
        <translation>バンドルはあなたの鍵で署名されます（管理者としてサインイン中）。相手のコンピューターがあなたの公開鍵を信頼している必要があります（バンドルと一緒に書き出してください）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="279"/>
        <source>Device inventory</source>
        <translation>医療機器台帳</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="280"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="281"/>
        <source>Escalation tiers</source>
        <translation>エスカレーションの段階</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="282"/>
        <source>Question tree (check only)</source>
        <translation>質問ツリー（確認のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="283"/>
        <source>Accounts (public part only)</source>
        <translation>アカウント（公開部分のみ）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="286"/>
        <source>Tick to put every device of the inventory in the bundle</source>
        <translation>チェックすると、機器台帳のすべての機器をバンドルに含めます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="287"/>
        <source>Tick to put the contacts in the bundle</source>
        <translation>チェックすると、連絡先をバンドルに含めます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="288"/>
        <source>Tick to put each unit&apos;s tiers of people to call in the bundle</source>
        <translation>チェックすると、部署ごとの連絡する人の段階をバンドルに含めます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="289"/>
        <source>Tick so the other computer can check it uses the same questions</source>
        <translation>チェックすると、相手のコンピューターで同じ質問を使っているか確認できます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="290"/>
        <source>Tick to put the accounts in the bundle, without passwords</source>
        <translation>チェックすると、アカウントをバンドルに含めます（パスワードは含めません）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="301"/>
        <source>Decisions, sign-offs and their trail (laptop → central)</source>
        <translation>判定・承認とその監査証跡（ノートPC → 中央のPC）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="305"/>
        <source>Tick to bring this laptop&apos;s decisions and signatures to the central computer</source>
        <translation>チェックすると、このノートPCの判定と署名を中央のPCへ移します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="311"/>
        <source>Bundle file to write</source>
        <translation>書き出すバンドルファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="313"/>
        <source>where to write it (never over an existing file)</source>
        <translation>書き出し先（既存のファイルには上書きしません）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="319"/>
        <source>Sa&amp;ve as…</source>
        <translation>名前を付けて保存(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="322"/>
        <source>Pick the folder and name of the bundle file to write</source>
        <translation>書き出すバンドルファイルのフォルダーと名前を選びます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="325"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="328"/>
        <source>Your password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="330"/>
        <source>Your password again: it unlocks your key to sign the bundle</source>
        <translation>パスワードをもう一度入力してください。バンドルに署名するための鍵のロックが解除されます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="332"/>
        <source>Your password:</source>
        <translation>パスワード：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="333"/>
        <source>Also write my public key file next to the bundle</source>
        <translation>自分の公開鍵ファイルもバンドルと同じ場所に書き出す</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="336"/>
        <source>The other computer needs this file to trust bundles you sign</source>
        <translation>相手のコンピューターがあなたの署名したバンドルを信頼するには、このファイルが必要です</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="344"/>
        <source>&amp;Export</source>
        <translation>書き出す(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="348"/>
        <source>Write the signed bundle with the ticked data to the file</source>
        <translation>チェックしたデータを含む署名付きバンドルをファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="364"/>
        <source>Save the bundle</source>
        <translation>バンドルの保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="366"/>
        <source>Bundles (*.zip)</source>
        <translation>バンドル (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="379"/>
        <source>Sign in as an administrator first.</source>
        <translation>先に管理者としてサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="383"/>
        <source>Choose where to write the bundle.</source>
        <translation>バンドルの書き出し先を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="387"/>
        <source>Choose at least one kind of data.</source>
        <translation>データの種類を1つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="404"/>
        <source>NOT exported: {problem}</source>
        <translation>書き出されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="410"/>
        <source>NOT exported: the file could not be written.</source>
        <translation>書き出されていません：ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="414"/>
        <source>Exported to {path} ({counts}).</source>
        <translation>{path} に書き出しました（{counts}）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bundle_dialog.py" line="416"/>
        <source>Public key: {path}</source>
        <translation>公開鍵：{path}</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="76"/>
        <source>Who to call now</source>
        <translation>今すぐ連絡する相手</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="101"/>
        <source>No contacts set up for this unit — see the printed contact sheet.</source>
        <translation>この部署の連絡先が登録されていません — 印刷した連絡先一覧を見てください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="119"/>
        <source>The contacts could not be read — use the printed contact sheet.</source>
        <translation>連絡先を読み込めませんでした — 印刷した連絡先一覧を使ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="158"/>
        <source>Tier {tier} — CALL NOW</source>
        <translation>第{tier}段階 — 今すぐ連絡</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="164"/>
        <source>Tier {tier}</source>
        <translation>第{tier}段階</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="172"/>
        <source>No answer in {minutes} min → call tier {next}.</source>
        <translation>{minutes}分応答がなければ → 第{next}段階へ連絡。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="177"/>
        <source>No answer in {minutes} min → keep trying; use the contact sheet.</source>
        <translation>{minutes}分応答がなければ → 連絡を続け、連絡先一覧も使ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="185"/>
        <source>Call this tier for: {triggers}</source>
        <translation>この段階に連絡するとき：{triggers}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="231"/>
        <source>No phone, pager or radio on record.</source>
        <translation>電話・ポケベル・無線の登録がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="235"/>
        <source>Hours: {hours}</source>
        <translation>対応時間：{hours}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="386"/>
        <source>OVERDUE</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="387"/>
        <source>{time} left</source>
        <translation>残り {time}</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="95"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="99"/>
        <source>Which items to show</source>
        <translation>表示する項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="101"/>
        <source>Show every checklist item, or only those not done yet</source>
        <translation>チェックリストのすべての項目、または未完了の項目だけを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="103"/>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="104"/>
        <source>Open items only</source>
        <translation>未完了の項目のみ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="117"/>
        <source>Checklist items by phase</source>
        <translation>フェーズ別のチェックリスト項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="119"/>
        <source>The playbook&apos;s steps for this incident and whether each is done</source>
        <translation>このインシデントに対するプレイブックの手順と、それぞれの完了状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="146"/>
        <source>The selected item</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="152"/>
        <source>No&amp;te:</source>
        <translation>メモ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="156"/>
        <source>Note for the status change</source>
        <translation>状況の変更についてのメモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="157"/>
        <source>optional: what was done, evidence IDs, why</source>
        <translation>任意：実施した内容、証拠ID、理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="167"/>
        <source>&amp;Done</source>
        <translation>完了(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="167"/>
        <source>Mark the selected item done</source>
        <translation>選択した項目を完了にします</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="170"/>
        <source>&amp;Not applicable</source>
        <translation>該当なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="171"/>
        <source>Mark the selected item not applicable to this incident</source>
        <translation>選択した項目を、このインシデントでは該当なしにします</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="174"/>
        <source>Re&amp;open</source>
        <translation>未完了に戻す(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="174"/>
        <source>Set the selected item open again</source>
        <translation>選択した項目を未完了に戻します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="199"/>
        <source>This incident is closed: its checklist is shown as it was and can no longer change.</source>
        <translation>このインシデントは終了しています：チェックリストは終了時のまま表示され、変更できません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="215"/>
        <source>The checklist could not be read: {problem}</source>
        <translation>チェックリストを読み込めませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="235"/>
        <source>{phase} — {done} of {total} done</source>
        <translation>{phase} — {total}件中{done}件完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="259"/>
        <source>{status} (by closing the incident)</source>
        <translation>{status}（インシデントの終了による）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="260"/>
        <source>Done by closing the incident</source>
        <translation>インシデントの終了で完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="262"/>
        <source>{status} · needed to close</source>
        <translation>{status} · 終了に必要</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="269"/>
        <source>{who}, {when}</source>
        <translation>{who}・{when}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="276"/>
        <source>{done} of {total} done</source>
        <translation>{total}件中{done}件完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="278"/>
        <source>, {na} not applicable</source>
        <translation>、該当なし{na}件</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="280"/>
        <source> — {needed} still needed to close the incident</source>
        <translation> — インシデントの終了にはあと{needed}件が必要</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="318"/>
        <source>Select an item to change its status.</source>
        <translation>状況を変更する項目を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="324"/>
        <source>{item} · Owner: {owner} · Evidence to capture: {evidence}</source>
        <translation>{item} · 担当：{owner} · 残す証拠：{evidence}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="328"/>
        <source>Status: {status}</source>
        <translation>状況：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="330"/>
        <source> · last changed by {by}</source>
        <translation> · 最終変更：{by}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="332"/>
        <source> · note: {note}</source>
        <translation> · メモ：{note}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="337"/>
        <source>This item is done by closing the incident (clinical leadership signs in and closes it); it cannot be set here.</source>
        <translation>この項目はインシデントの終了で完了になります（臨床部門責任者がサインインして終了します）。ここでは設定できません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="374"/>
        <source>Saved: {item} is now {status}.</source>
        <translation>保存しました：{item} は「{status}」になりました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="405"/>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="406"/>
        <source>Action</source>
        <translation>対応事項</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="407"/>
        <source>Owner</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="408"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="409"/>
        <source>By / when</source>
        <translation>実施者・日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="410"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/checklist_tab.py" line="428"/>
        <source>Evidence to capture: {evidence}</source>
        <translation>残す証拠：{evidence}</translation>
    </message>
</context>
<context>
    <name>ClassBadge</name>
    <message>
        <location filename="../../ui/widgets/class_badge.py" line="41"/>
        <source>Class {number}</source>
        <translation>分類 {number}</translation>
    </message>
</context>
<context>
    <name>CloseIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="64"/>
        <source>Close {ref}</source>
        <translation>{ref} を終了</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="81"/>
        <source>What still stops the incident from closing</source>
        <translation>インシデントをまだ終了できない理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="83"/>
        <source>Checklist items, decisions or devices to finish before the incident can close</source>
        <translation>インシデントを終了する前に完了させる必要があるチェックリスト項目・判定・機器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="92"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="95"/>
        <source>Only a signed-in clinical leader can close an incident: sign in</source>
        <translation>インシデントを終了できるのは、サインインした臨床部門責任者だけです。ここからサインインします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="111"/>
        <source>Closing is clinical leadership&apos;s sign-off of this incident (PIR-08). Type your password again to sign it; the closing is recorded under your name.</source>
        <translation>インシデントの終了は、臨床部門責任者によるこのインシデントの承認（サインオフ）です（PIR-08）。署名するにはパスワードをもう一度入力してください。終了はあなたの名前で記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="119"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="120"/>
        <source>The signed-in person, who closes the incident</source>
        <translation>サインイン中の人（インシデントを終了する人）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="125"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="127"/>
        <source>Your password again, to sign the closing</source>
        <translation>終了に署名するため、パスワードをもう一度入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="131"/>
        <source>Closing note</source>
        <translation>終了時のメモ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="133"/>
        <source>Optional: anything to keep with the closing, e.g. what is still watched</source>
        <translation>任意：終了とともに残しておく内容（例：引き続き監視していること）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="138"/>
        <source>User name:</source>
        <translation>ユーザー名：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="139"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="140"/>
        <source>&amp;Note (optional):</source>
        <translation>メモ（任意）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="147"/>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="150"/>
        <source>Look again at what still stops the incident from closing</source>
        <translation>インシデントをまだ終了できない理由を確認し直します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="159"/>
        <source>Close incident</source>
        <translation>インシデントを終了</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="163"/>
        <source>Sign the closing; the incident then becomes read-only</source>
        <translation>終了に署名します。その後、インシデントは読み取り専用になります</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="186"/>
        <source>Sign in as a clinical leader to close the incident.</source>
        <translation>インシデントを終了するには、臨床部門責任者としてサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="202"/>
        <source>The checklist and sign-offs could not be read.</source>
        <translation>チェックリストと承認状況を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="208"/>
        <source>This incident cannot close yet ({count} to do):</source>
        <translation>このインシデントはまだ終了できません（残り{count}件）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="215"/>
        <source>Nothing blocks closing: every decision is signed off and the post-incident items are done or not applicable.</source>
        <translation>終了を妨げるものはありません：すべての判定が承認され、事後対応の項目は完了または該当なしです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="224"/>
        <source>Closing needs a signed-in clinical leader. Sign in as one.</source>
        <translation>終了には臨床部門責任者のサインインが必要です。臨床部門責任者としてサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="227"/>
        <source>{name} is signed in without the clinical leader role. A clinical leader must close the incident.</source>
        <translation>{name} は臨床部門責任者の役割を持たずにサインインしています。インシデントは臨床部門責任者が終了する必要があります。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="262"/>
        <source>Type your password: closing asks for it again.</source>
        <translation>パスワードを入力してください：終了するにはもう一度入力が必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="278"/>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="289"/>
        <source>Not closed: {problem}</source>
        <translation>終了していません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="287"/>
        <source>the database could not be written</source>
        <translation>データベースに書き込めませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="296"/>
        <source>Closed. The incident is now read-only.</source>
        <translation>終了しました。このインシデントは読み取り専用になりました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="301"/>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="302"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/close_incident_dialog.py" line="303"/>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
</context>
<context>
    <name>ContactEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="94"/>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="96"/>
        <source>Contact {name}</source>
        <translation>連絡先 {name}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="119"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="120"/>
        <source>How to reach them</source>
        <translation>連絡手段</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="121"/>
        <source>In an incident</source>
        <translation>インシデント時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="122"/>
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="141"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="142"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="143"/>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="144"/>
        <source>HICS position</source>
        <translation>HICS での役職</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="145"/>
        <source>Hours</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="146"/>
        <source>Authority</source>
        <translation>権限</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="147"/>
        <source>Last verified (YYYY-MM-DD)</source>
        <translation>最終確認日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="148"/>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="149"/>
        <source>Models covered</source>
        <translation>対象機種</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="150"/>
        <source>Contract number</source>
        <translation>契約番号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="151"/>
        <source>Service desk</source>
        <translation>サービスデスク</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="152"/>
        <source>PSIRT</source>
        <translation>PSIRT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="153"/>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="275"/>
        <source>Tier</source>
        <translation>段階</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="154"/>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="279"/>
        <source>Classes</source>
        <translation>クラス</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="155"/>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="268"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="156"/>
        <source>Places in escalation chains</source>
        <translation>エスカレーションでの位置</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="162"/>
        <source>How to reach this contact this way; leave empty if there is none</source>
        <translation>この手段での連絡先。なければ空欄のままにします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="164"/>
        <source>Required: the person&apos;s or team&apos;s name as callers know it</source>
        <translation>必須：連絡する側にわかる、その人またはチームの名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="165"/>
        <source>What the contact does, e.g. biomedical engineer; choose or type</source>
        <translation>連絡先の役割（例：臨床工学技士）。選ぶか入力します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="166"/>
        <source>The hospital department or company the contact works for</source>
        <translation>連絡先が所属する院内の部門または会社</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="167"/>
        <source>Their position in the hospital incident command system</source>
        <translation>病院インシデント指揮システム（HICS）での役職</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="168"/>
        <source>When the contact can be reached, e.g. 24/7 or weekdays 9-17</source>
        <translation>連絡がつく時間帯（例：24時間365日、平日 9-17時）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="169"/>
        <source>What the contact may decide, e.g. take devices off the network</source>
        <translation>連絡先が判断できること（例：機器をネットワークから切り離す）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="170"/>
        <source>The date these details were last checked, as YYYY-MM-DD</source>
        <translation>この情報を最後に確認した日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="171"/>
        <source>Anything else a caller should know</source>
        <translation>連絡する人が知っておくべきその他の情報</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="172"/>
        <source>For a vendor: the device models this contact supports</source>
        <translation>ベンダーの場合：この連絡先が対応する機種</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="173"/>
        <source>For a vendor: the service contract number to quote</source>
        <translation>ベンダーの場合：問い合わせ時に伝える保守契約番号</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="174"/>
        <source>For a vendor: the service desk number or address</source>
        <translation>ベンダーの場合：サービスデスクの電話番号またはアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="175"/>
        <source>For a vendor: how to reach its product security team (PSIRT)</source>
        <translation>ベンダーの場合：製品セキュリティ対応チーム（PSIRT）への連絡方法</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="205"/>
        <source>Choose a role or type another one</source>
        <translation>役割を選ぶか、別の役割を入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="218"/>
        <source>Tier 1 is called first. Leave Classes empty for every class, or list them like 3,4,5.</source>
        <translation>第1段階が最初に連絡されます。すべてのクラスならクラスを空欄に、限定するなら 3,4,5 のように入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="239"/>
        <source>Not in any escalation chain: add a place so the contact is called.</source>
        <translation>どのエスカレーションにも入っていません。連絡されるように位置を追加してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="245"/>
        <source>&amp;Add place</source>
        <translation>位置を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="249"/>
        <source>Put the contact in one more unit&apos;s escalation chain</source>
        <translation>この連絡先を、別の部署のエスカレーションにも追加します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="262"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="270"/>
        <source>The unit whose escalation chain calls this contact, or all units</source>
        <translation>この連絡先に連絡するエスカレーションの部署、または全部署</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="276"/>
        <source>When the contact is called: tier 1 is called first</source>
        <translation>連絡する順番：第1段階が最初に連絡されます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="278"/>
        <source>all classes</source>
        <translation>すべてのクラス</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="281"/>
        <source>The classes for which the contact is called, like 3,4,5; empty for all</source>
        <translation>この連絡先に連絡するクラス（3,4,5 のように入力）。空欄ならすべてのクラス</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="283"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="285"/>
        <source>Remove this place</source>
        <translation>この位置を削除</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="286"/>
        <source>Take the contact out of this escalation chain</source>
        <translation>この連絡先をこのエスカレーションから外します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="324"/>
        <source>Your name (required):</source>
        <translation>保存する人の氏名（必須）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="328"/>
        <source>Name of the person saving</source>
        <translation>保存する人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="330"/>
        <source>Required: your name, recorded with the change</source>
        <translation>必須：あなたの氏名（変更とともに記録されます）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="337"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="343"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="347"/>
        <source>Save the contact and its places in the chains</source>
        <translation>連絡先とエスカレーションでの位置を保存します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="405"/>
        <source>Enter your name: every change records who made it.</source>
        <translation>氏名を入力してください。すべての変更に変更者が記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="408"/>
        <source>the name is missing</source>
        <translation>氏名が入力されていません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_editor_dialog.py" line="428"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>ContactImportDialog</name>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="60"/>
        <source>Import contacts</source>
        <translation>連絡先の取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="71"/>
        <source>File: {name}</source>
        <translation>ファイル：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="76"/>
        <source>Unit for rows that name none</source>
        <translation>部署が空欄の行の部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="78"/>
        <source>The escalation chain a contact joins when the file does not name a unit</source>
        <translation>ファイルで部署が指定されていない連絡先を加えるエスカレーション</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="80"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="84"/>
        <source>Unit for rows that name none:</source>
        <translation>部署が空欄の行の部署：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="87"/>
        <source>Tier for rows that name none</source>
        <translation>段階が空欄の行の段階</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="89"/>
        <source>When such a contact is called, from 1 (first) to 9, if the file does not say</source>
        <translation>ファイルで指定されていない場合に連絡する段階（1＝最初 〜 9）</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="93"/>
        <source>Tier for rows that name none:</source>
        <translation>段階が空欄の行の段階：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="95"/>
        <source>Skip invalid rows and import the others (otherwise nothing is imported)</source>
        <translation>問題のある行を飛ばして残りを取り込む（選ばなければ何も取り込みません）</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="99"/>
        <source>Untick to import nothing at all while any row has a problem</source>
        <translation>チェックを外すと、問題のある行が1つでもあれば何も取り込みません</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="111"/>
        <source>Rows with problems</source>
        <translation>問題のある行</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="113"/>
        <source>Each row of the file that cannot be imported, and why</source>
        <translation>取り込めないファイルの各行とその理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="129"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="131"/>
        <source>Close this window; nothing more is imported</source>
        <translation>このウィンドウを閉じます。これ以上は何も取り込みません</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="135"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="137"/>
        <source>Import the file&apos;s contacts into the contact list</source>
        <translation>ファイルの連絡先を連絡先一覧に取り込みます</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="156"/>
        <source>Not imported: {problem}</source>
        <translation>取り込まれていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="161"/>
        <source>Not imported: the database could not be written ({problem}).</source>
        <translation>取り込まれていません：データベースに書き込めませんでした（{problem}）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="173"/>
        <source>Nothing was imported: {rows} rows have problems (below). Fix the file and import again, or tick “Skip invalid rows”.</source>
        <translation>何も取り込まれていません：{rows}行に問題があります（下の表）。ファイルを直して取り込み直すか、「問題のある行を飛ばす」を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/import_dialog.py" line="181"/>
        <source>Imported: {new} new, {updated} updated, {skipped} rows skipped.</source>
        <translation>取り込みました：新規 {new}件、更新 {updated}件、飛ばした行 {skipped}行。</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="28"/>
        <source>{unit} · tier {tier}</source>
        <translation>{unit} · 第{tier}段階</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="29"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="32"/>
        <source>classes {classes}</source>
        <translation>分類 {classes}</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="55"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="56"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="57"/>
        <source>Organisation</source>
        <translation>所属</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="58"/>
        <source>Unit and tier</source>
        <translation>部署と段階</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="59"/>
        <source>Phone, pager, radio</source>
        <translation>電話・ポケベル・無線</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="60"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="61"/>
        <source>Last verified</source>
        <translation>最終確認日</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contact_table_model.py" line="92"/>
        <source>never</source>
        <translation>未確認</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="111"/>
        <source>Contacts and escalation</source>
        <translation>連絡先とエスカレーション</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="115"/>
        <source>Ne&amp;w contact…</source>
        <translation>新しい連絡先(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="117"/>
        <source>Add one contact and their places in escalation chains</source>
        <translation>連絡先を 1 件追加し、エスカレーションでの位置を設定します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="122"/>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="124"/>
        <source>Take the selected contact off every contact sheet and escalation chain</source>
        <translation>選択した連絡先を、すべての連絡先シートとエスカレーションから外します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="129"/>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="131"/>
        <source>Add or update contacts from a CSV or vCard file</source>
        <translation>CSV または vCard ファイルから連絡先を追加・更新します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="136"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="138"/>
        <source>Write every contact to a CSV file</source>
        <translation>すべての連絡先を CSV ファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="143"/>
        <source>Print &amp;contact sheet…</source>
        <translation>連絡先シートを印刷(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="145"/>
        <source>The escalation contact sheet of the unit shown</source>
        <translation>表示中の部署のエスカレーション連絡先シート</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="150"/>
        <source>Print &amp;binder…</source>
        <translation>バインダーを印刷(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="152"/>
        <source>The downtime binder: classes, question flow, paper forms, contact sheets</source>
        <translation>ダウンタイム用バインダー：分類、質問の流れ、紙の記入用紙、連絡先シート</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="195"/>
        <source>&amp;Unit:</source>
        <translation>部署(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="200"/>
        <source>Show the contacts of a unit</source>
        <translation>部署の連絡先を表示</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="202"/>
        <source>Show only the contacts placed in one unit&apos;s escalation chain, or everyone</source>
        <translation>1つの部署のエスカレーションに入っている連絡先だけ、または全員を表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="211"/>
        <source>Your &amp;name (for changes):</source>
        <translation>あなたの氏名（変更の記録用）(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="216"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="218"/>
        <source>Recorded with every import and change of the contacts you make</source>
        <translation>連絡先の取り込みや変更のたびに、あなたの氏名として記録されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="229"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="242"/>
        <source>Double-click a contact, or press Enter, to change it</source>
        <translation>連絡先をダブルクリックするか Enter キーを押すと変更できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="268"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="287"/>
        <source>{count} contacts</source>
        <translation>連絡先 {count}件</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="289"/>
        <source>No contacts yet: import a CSV or vCard file (Import…).</source>
        <translation>連絡先がまだありません：CSV または vCard ファイルを取り込んでください（取り込み…）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="298"/>
        <source>Import contacts</source>
        <translation>連絡先の取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="324"/>
        <source>Export the contacts</source>
        <translation>連絡先の書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="326"/>
        <source>CSV (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="335"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="339"/>
        <source>Export finished</source>
        <translation>書き出しが完了しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="340"/>
        <source>{count} rows written to {path}</source>
        <translation>{count}行を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="385"/>
        <source>Your name is needed</source>
        <translation>氏名が必要です</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="386"/>
        <source>Enter your name first: every change records who made it.</source>
        <translation>先に氏名を入力してください。すべての変更に変更者が記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="391"/>
        <source>Remove {name} from every contact sheet and escalation chain? This cannot be undone; the event log keeps who removed it.</source>
        <translation>{name} を、すべての連絡先シートとエスカレーションから削除しますか？元に戻せません。誰が削除したかはイベントログに残ります。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="394"/>
        <source>Remove contact</source>
        <translation>連絡先の削除</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/contacts_view.py" line="399"/>
        <source>Remove failed</source>
        <translation>削除できませんでした</translation>
    </message>
</context>
<context>
    <name>DamagedFileDialog</name>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="35"/>
        <source>The database cannot be opened</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="42"/>
        <source>MDIR Desk cannot open its database file.</source>
        <translation>MDIR Desk はデータベースファイルを開けません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="46"/>
        <source>File: {path}</source>
        <translation>ファイル: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="51"/>
        <source>Problem: {explanation}
(details: {problem})</source>
        <translation>問題: {explanation}
（詳細: {problem}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="58"/>
        <source>The file has not been changed.</source>
        <translation>ファイルは変更されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="65"/>
        <source>The latest backup that passed its check was made on {time}:
{file}
Restoring it replaces the database with that copy: anything recorded after {time} is not in it. The damaged file is kept beside the restored one, never deleted.</source>
        <translation>検査に合格した最新のバックアップは {time} に作成されました:
{file}
復元するとデータベースがこのコピーに置き換わります。{time} より後に記録した内容は含まれません。破損したファイルは復元したファイルの隣に保存され、削除されることはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="74"/>
        <source>No backup of this database that passes its check was found in {folder}. Ask your IT or biomedical engineering team for a copy; it can be restored with the command &apos;mdir-desk backup restore&apos;.</source>
        <translation>検査に合格するこのデータベースのバックアップは {folder} に見つかりませんでした。IT 担当者または臨床工学部門にコピーを依頼してください。コマンド「mdir-desk backup restore」で復元できます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="84"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="87"/>
        <source>Close MDIR Desk and leave the file as it is</source>
        <translation>MDIR Desk を終了し、ファイルはそのままにします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="91"/>
        <source>Restore the latest backup</source>
        <translation>最新のバックアップを復元</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="96"/>
        <source>Replace the database with the latest good backup; the damaged file is kept</source>
        <translation>データベースを正常な最新のバックアップに置き換えます。破損したファイルは残されます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="107"/>
        <source>the file is not an MDIR Desk database (not an SQLite file).</source>
        <translation>MDIR Desk のデータベースではありません（SQLite ファイルではありません）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="108"/>
        <source>the file is damaged (it failed its integrity check).</source>
        <translation>ファイルが破損しています（整合性検査に不合格）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="109"/>
        <source>the file is a database of another program, not of MDIR Desk.</source>
        <translation>MDIR Desk ではなく、別のプログラムのデータベースです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="111"/>
        <source>the file was written by a newer version of MDIR Desk. Use that version, or restore a backup.</source>
        <translation>新しいバージョンの MDIR Desk で書き込まれたファイルです。そのバージョンを使うか、バックアップを復元してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/damaged_file_dialog.py" line="114"/>
        <source>the file cannot be read.</source>
        <translation>ファイルを読み取れません。</translation>
    </message>
</context>
<context>
    <name>DecisionCallPanel</name>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="279"/>
        <source>Re-check countdown</source>
        <translation>再確認までの残り時間</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="302"/>
        <source>Replaced by a newer version ({id}): that one counts. No re-check for this one.</source>
        <translation>新しい版（{id}）に置き換えられました：新しい版が有効です。この判定の再確認は不要です。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="351"/>
        <source>OVERDUE — re-check was due at {deadline} ({time} ago). Resolve the unknown answers now and call the next tier.</source>
        <translation>期限切れ — 再確認の期限は {deadline} でした（{time} 経過）。今すぐ「わからない」の回答を確かめ、次の段階に連絡してください。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/call_list.py" line="356"/>
        <source>PROVISIONAL — re-check in {time} (by {deadline})</source>
        <translation>暫定 — 再確認まで残り {time}（期限 {deadline}）</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="110"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="111"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="112"/>
        <source>Provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="113"/>
        <source>Re-check</source>
        <translation>再確認</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="114"/>
        <source>Sign-off</source>
        <translation>承認状況</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="115"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="116"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="117"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="118"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="174"/>
        <source>PROVISIONAL</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="177"/>
        <source>Replaced</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="196"/>
        <source>Unknown device</source>
        <translation>不明な機器</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="198"/>
        <source>EXERCISE</source>
        <translation>訓練</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="120"/>
        <source>Add &amp;decision…</source>
        <translation>判定を追加(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="123"/>
        <source>Add a decision recorded earlier (not yet in an incident)</source>
        <translation>以前に記録した判定（まだインシデントに含まれていないもの）を追加します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="129"/>
        <source>Decisions in this incident</source>
        <translation>このインシデントの判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="131"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="132"/>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="189"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="133"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="134"/>
        <source>Sign-off</source>
        <translation>承認状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="135"/>
        <source>Provisional?</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="136"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="138"/>
        <source>Triage decisions recorded for this incident&apos;s devices</source>
        <translation>このインシデントの機器について記録したトリアージの判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="152"/>
        <source>Add device by &amp;tag:</source>
        <translation>資産タグで機器を追加(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="154"/>
        <source>Asset tag to add</source>
        <translation>追加する機器の資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="155"/>
        <source>scan or type the asset tag, then Enter</source>
        <translation>資産タグをスキャンまたは入力して Enter</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="161"/>
        <source>Add de&amp;vice</source>
        <translation>機器を追加(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="164"/>
        <source>Add the device with the typed asset tag to this incident</source>
        <translation>入力した資産タグの機器をこのインシデントに追加します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="168"/>
        <source>Set &amp;state…</source>
        <translation>状態を設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="171"/>
        <source>Record the state of the selected devices (isolated, restored, …)</source>
        <translation>選択した機器の状態（隔離済み、復旧済みなど）を記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="175"/>
        <source>Scope by &amp;composition…</source>
        <translation>構成から影響範囲を追加(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="178"/>
        <source>Add every device with the same model, firmware or software component</source>
        <translation>同じ機種、ファームウェア、またはソフトウェア部品を持つ機器をすべて追加します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="184"/>
        <source>Devices in scope</source>
        <translation>影響範囲の機器</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="186"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="187"/>
        <source>Category</source>
        <translation>機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="188"/>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="190"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="191"/>
        <source>Since</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="192"/>
        <source>Added because</source>
        <translation>追加の理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="194"/>
        <source>The devices this incident concerns; select several with Shift or Ctrl</source>
        <translation>このインシデントに関係する機器。Shift キーまたは Ctrl キーで複数選択できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="209"/>
        <source>Record the exercise&apos;s decisions on the Triage tab: choose {ref} in the Incident field before saving. They appear here, and are compared with the scenario&apos;s expected decisions in the after-action report.</source>
        <translation>訓練の判定はトリアージタブで記録してください：保存する前に「インシデント」欄で {ref} を選びます。判定はここに表示され、事後検証報告書でシナリオの想定判定と比較されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="215"/>
        <source>Record new decisions on the Triage tab: choose {ref} in the Incident field before saving. A decision recorded without it can be added here.</source>
        <translation>新しい判定はトリアージタブで記録してください：保存する前に「インシデント」欄で {ref} を選びます。選ばずに記録した判定は、ここで追加できます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="230"/>
        <source>The decisions and devices could not be read.</source>
        <translation>判定と機器を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="250"/>
        <source>PROVISIONAL</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="250"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="260"/>
        <source>Decisions ({count})</source>
        <translation>判定（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="282"/>
        <source>Devices in scope ({count})</source>
        <translation>影響範囲の機器（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="329"/>
        <source>Added {tag}.</source>
        <translation>{tag} を追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="331"/>
        <source>{tag} is already in this incident.</source>
        <translation>{tag} はすでにこのインシデントに含まれています。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="341"/>
        <source>Decision added.</source>
        <translation>判定を追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="356"/>
        <source>State saved for {count} device(s).</source>
        <translation>{count}台の状態を保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/decisions_tab.py" line="375"/>
        <source>{count} device(s) added.</source>
        <translation>{count}台を追加しました。</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="66"/>
        <source>Recorded decisions (newest first)</source>
        <translation>記録した判定（新しい順）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="69"/>
        <source>No decisions recorded yet.</source>
        <translation>まだ判定は記録されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="76"/>
        <source>Recorded decisions</source>
        <translation>記録した判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="79"/>
        <source>Saved decisions, newest first, with their class and re-check time; choose one to read it beside the table</source>
        <translation>保存した判定（新しい順）と、その分類・再確認の時刻。選ぶと表の横に内容が表示されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="87"/>
        <source>Decision detail</source>
        <translation>判定の詳細</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="89"/>
        <source>The chosen decision: device, class, answers, who decided and signatures</source>
        <translation>選んだ判定：機器、分類、回答、判定者、署名</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="95"/>
        <source>Resolve unknown answers…</source>
        <translation>「わからない」の回答を確かめる…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="97"/>
        <source>Resolve unknown answers</source>
        <translation>「わからない」の回答を確かめる</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="99"/>
        <source>Answer the unknown questions again; a new version of this decision is saved</source>
        <translation>「わからない」と答えた質問にもう一度答えます。この判定の新しい版が保存されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="107"/>
        <source>&amp;Print this decision…</source>
        <translation>この判定を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="110"/>
        <source>The decision record on paper, with a signature block</source>
        <translation>署名欄つきの判定記録（紙）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="235"/>
        <source>REPLACED by a newer version ({id}): that one counts</source>
        <translation>新しい版（{id}）に置き換え済み：新しい版が有効です</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="240"/>
        <source>Safety override: the device was harming the patient</source>
        <translation>安全優先：機器が患者に害を与えていた</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="242"/>
        <source>PROVISIONAL: at least one answer was unknown</source>
        <translation>暫定：「わからない」の回答があります</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="243"/>
        <source>(from inventory)</source>
        <translation>（台帳から）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="260"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="261"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="262"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="263"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="267"/>
        <source>not signed in (name as typed)</source>
        <translation>サインインなし（入力された名前）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="268"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="271"/>
        <source>Sign-off</source>
        <translation>承認状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="273"/>
        <source>Also matches</source>
        <translation>ほかに該当</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="274"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="277"/>
        <source>Question tree</source>
        <translation>質問ツリー</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="281"/>
        <source>Decision id</source>
        <translation>判定ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="283"/>
        <source>Replaces</source>
        <translation>置き換え元</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="285"/>
        <source>Replaced by</source>
        <translation>置き換え先</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="286"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="288"/>
        <source>Answers that decided</source>
        <translation>判定の根拠となった回答</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="301"/>
        <source>The signatures could not be read.</source>
        <translation>署名を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>DeviceEditorDialog</name>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="58"/>
        <source>New device</source>
        <translation>機器の新規登録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="60"/>
        <source>Device {tag}</source>
        <translation>機器 {tag}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="90"/>
        <source>Your name (required):</source>
        <translation>保存する人の氏名（必須）：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="94"/>
        <source>Name of the person saving</source>
        <translation>保存する人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="96"/>
        <source>Required: your name, recorded with the change</source>
        <translation>必須：あなたの氏名（変更とともに記録されます）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="109"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="113"/>
        <source>Save the device&apos;s details to the inventory</source>
        <translation>機器の情報を機器台帳に保存します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="127"/>
        <source>Enter your name: every change records who made it.</source>
        <translation>氏名を入力してください。すべての変更は誰が行ったかを記録します。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="135"/>
        <source>A device with asset tag {tag} is already in the inventory. Open it from the list to change it.</source>
        <translation>資産タグ {tag} の機器はすでに台帳にあります。変更するには一覧から開いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="160"/>
        <source>This asset tag belongs to another device.</source>
        <translation>この資産タグは別の機器が使っています。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_editor_dialog.py" line="177"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
</context>
<context>
    <name>DeviceFields</name>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="39"/>
        <source>Identity</source>
        <translation>識別情報</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="40"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="41"/>
        <source>Clinical nature</source>
        <translation>臨床上の性質</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="42"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="43"/>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="44"/>
        <source>Patient data</source>
        <translation>患者データ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="45"/>
        <source>Recovery</source>
        <translation>復旧</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="46"/>
        <location filename="../../ui/views/inventory/field_texts.py" line="80"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="47"/>
        <location filename="../../ui/views/inventory/field_texts.py" line="81"/>
        <source>Default class</source>
        <translation>既定の分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="53"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="54"/>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="55"/>
        <source>Manufacturer</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="56"/>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="57"/>
        <source>Model number</source>
        <translation>型番</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="58"/>
        <source>Category</source>
        <translation>機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="59"/>
        <source>Site</source>
        <translation>施設</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="60"/>
        <source>Building</source>
        <translation>建物</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="61"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="62"/>
        <source>Room</source>
        <translation>部屋</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="63"/>
        <source>Bed</source>
        <translation>ベッド</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="64"/>
        <source>Location label</source>
        <translation>場所の表示名</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="65"/>
        <source>Care setting</source>
        <translation>使用場所の区分</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="66"/>
        <source>Connects to a patient</source>
        <translation>患者に接続する</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="67"/>
        <source>Life-sustaining</source>
        <translation>生命維持</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="68"/>
        <source>Implanted</source>
        <translation>植込み型</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="69"/>
        <source>Serves many patients as</source>
        <translation>複数患者への役割</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="70"/>
        <source>Network functions</source>
        <translation>ネットワーク機能</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="71"/>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="72"/>
        <source>MAC address</source>
        <translation>MACアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="73"/>
        <source>VLAN</source>
        <translation>VLAN</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="74"/>
        <source>Operating system version</source>
        <translation>OSのバージョン</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="75"/>
        <source>Firmware version</source>
        <translation>ファームウェアのバージョン</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="76"/>
        <source>Stores patient data</source>
        <translation>患者データを保存する</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="77"/>
        <source>Sends patient data</source>
        <translation>患者データを送信する</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="78"/>
        <source>Known-good image</source>
        <translation>正常時のイメージ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="79"/>
        <source>Configuration backup</source>
        <translation>設定のバックアップ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="82"/>
        <source>Default class approved by</source>
        <translation>既定の分類の承認者</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="83"/>
        <source>Default class approved at</source>
        <translation>既定の分類の承認日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="90"/>
        <source>Required: the hospital&apos;s label on the device</source>
        <translation>必須：病院が機器に付けた管理ラベル</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="91"/>
        <source>The maker&apos;s serial number, from the device&apos;s label</source>
        <translation>メーカーのシリアル番号（機器のラベルに記載）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="92"/>
        <source>The company that makes the device</source>
        <translation>機器を製造している会社</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="93"/>
        <source>The model name, e.g. LVP-500</source>
        <translation>機種名（例：LVP-500）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="94"/>
        <source>The maker&apos;s model or catalogue number</source>
        <translation>メーカーの型番またはカタログ番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="95"/>
        <source>The kind of device, e.g. infusion pump</source>
        <translation>機器の種類（例：輸液ポンプ）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="96"/>
        <source>The hospital or campus where the device is</source>
        <translation>機器が設置されている病院または施設</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="97"/>
        <source>The building where the device is</source>
        <translation>機器が設置されている建物</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="98"/>
        <source>The ward or unit that uses the device</source>
        <translation>機器を使う病棟または部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="99"/>
        <source>The room where the device is</source>
        <translation>機器が設置されている部屋</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="100"/>
        <source>The bed the device serves, if any</source>
        <translation>機器を使うベッド（ある場合）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="101"/>
        <source>A short description of where the device is</source>
        <translation>機器の場所の短い説明</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="102"/>
        <source>Where the device is used, e.g. intensive care</source>
        <translation>機器を使う場所の区分（例：集中治療室）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="103"/>
        <source>Whether the device is attached to a patient when in use</source>
        <translation>使用中に機器を患者に接続するかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="106"/>
        <source>Whether a patient&apos;s life depends on the device working</source>
        <translation>患者の生命がこの機器の動作に依存しているかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="109"/>
        <source>Whether the device is inside the patient&apos;s body</source>
        <translation>機器が患者の体内に植え込まれているかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="110"/>
        <source>Whether the device serves many patients, and how</source>
        <translation>機器が複数の患者に使われるかどうかと、その使われ方</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="113"/>
        <source>What the device uses the network for, separated by commas</source>
        <translation>機器がネットワークを使う用途（カンマで区切る）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="116"/>
        <source>The device&apos;s network address, e.g. 10.0.0.12</source>
        <translation>機器のネットワークアドレス（例：10.0.0.12）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="117"/>
        <source>The device&apos;s hardware network address</source>
        <translation>機器のハードウェア固有のネットワークアドレス</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="118"/>
        <source>The network segment number the device is on</source>
        <translation>機器がつながっているネットワークセグメントの番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="119"/>
        <source>The version of the device&apos;s operating system</source>
        <translation>機器のOS（オペレーティングシステム）のバージョン</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="120"/>
        <source>The version of the device&apos;s own software</source>
        <translation>機器本体のソフトウェアのバージョン</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="121"/>
        <source>Whether the device keeps patient information</source>
        <translation>機器が患者情報を保存するかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="122"/>
        <source>Whether the device sends patient information over the network</source>
        <translation>機器が患者情報をネットワーク経由で送信するかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="125"/>
        <source>Where a clean copy of the device&apos;s software is kept, to restore it</source>
        <translation>復旧に使う、機器のソフトウェアの正常なコピーの保管場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="128"/>
        <source>Where a copy of the device&apos;s settings is kept, to restore them</source>
        <translation>復旧に使う、機器の設定のコピーの保管場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="131"/>
        <source>Anything else to know about the device</source>
        <translation>機器について、そのほかに知っておくべきこと</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="138"/>
        <source>Intensive care</source>
        <translation>集中治療室</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="139"/>
        <source>Emergency department</source>
        <translation>救急外来</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="140"/>
        <source>Operating room</source>
        <translation>手術室</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="141"/>
        <source>Ward</source>
        <translation>病棟</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="142"/>
        <source>Outpatient clinic</source>
        <translation>外来</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="143"/>
        <source>Patient&apos;s home</source>
        <translation>在宅（患者の自宅）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="144"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="148"/>
        <source>One patient only</source>
        <translation>1人の患者のみ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="149"/>
        <source>Server</source>
        <translation>サーバ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="150"/>
        <source>Central station</source>
        <translation>セントラルモニタ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="151"/>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="152"/>
        <source>Middleware</source>
        <translation>ミドルウェア</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="153"/>
        <source>Shared modality</source>
        <translation>共用の検査装置</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="163"/>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="167"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="171"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/field_texts.py" line="175"/>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <location filename="../../ui/dialogs/device_form.py" line="132"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_form.py" line="163"/>
        <source>Set by pre-classification; the editor does not change it.</source>
        <translation>事前分類で設定されます。この画面では変更しません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_form.py" line="182"/>
        <source>The imported file said “{text}”, which is not a known category.</source>
        <translation>取り込んだファイルでは「{text}」でしたが、登録済みの機器の種類にありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/device_form.py" line="204"/>
        <source>Approved by {who}, {when}</source>
        <translation>承認：{who}（{when}）</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/views/device_page.py" line="177"/>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="210"/>
        <source>Opening the database… “{tag}” will be looked up as soon as it is open.</source>
        <translation>データベースを開いています…開きしだい、タグ「{tag}」を検索します。</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="69"/>
        <source>Which device?</source>
        <translation>どの機器ですか？</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="72"/>
        <source>Scan the asset tag, or type it and press Enter.</source>
        <translation>資産タグをスキャンするか、入力して Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="80"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="81"/>
        <source>Asset tag, e.g. MD-00042</source>
        <translation>資産タグ（例：MD-00042）</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="86"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="87"/>
        <source>Look up the typed asset tag in the inventory</source>
        <translation>入力した資産タグを機器台帳で検索します</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="101"/>
        <source>Continue with this device  ▶</source>
        <translation>この機器で進む  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="104"/>
        <source>Go on to the questions about the device found</source>
        <translation>見つかった機器について質問に進みます</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="115"/>
        <source>No tag, or not in the inventory? Choose the kind of device:</source>
        <translation>タグがない、または台帳にない場合は機器の種類を選んでください：</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="124"/>
        <source>Unknown device — continue without one</source>
        <translation>機器不明のまま進む</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="128"/>
        <source>Go on to the questions without naming the device or its kind</source>
        <translation>機器もその種類も指定せずに質問に進みます</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="149"/>
        <source>Go on to the questions for a device of this kind</source>
        <translation>この種類の機器として質問に進みます</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="220"/>
        <source>No device with tag “{tag}” in the inventory. Check the tag, or choose the kind of device below, or continue as an unknown device.</source>
        <translation>タグ「{tag}」の機器は台帳にありません。タグを確認するか、下で機器の種類を選ぶか、機器不明のまま進んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="236"/>
        <source>Unknown kind</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="241"/>
        <source>Model: {model}</source>
        <translation>機種：{model}</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="243"/>
        <source>Where: {place}</source>
        <translation>場所：{place}</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="255"/>
        <source>Default class (pre-approved): {title}</source>
        <translation>既定の分類（承認済み）：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="263"/>
        <source>Approved by {name} on {time}</source>
        <translation>承認：{name}（{time}）</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="267"/>
        <source>Approved: {who_or_when}</source>
        <translation>承認：{who_or_when}</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="276"/>
        <source>Answered from the inventory: {answers}</source>
        <translation>台帳から回答済み：{answers}</translation>
    </message>
</context>
<context>
    <name>DeviceTableModel</name>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="179"/>
        <source>approved by {who}, {when}</source>
        <translation>承認：{who}（{when}）</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="196"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="197"/>
        <source>Category</source>
        <translation>機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="198"/>
        <source>Manufacturer</source>
        <translation>メーカー</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="199"/>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="200"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="201"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="202"/>
        <source>Default class</source>
        <translation>既定の分類</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="203"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../../ui/models/device_table_model.py" line="204"/>
        <source>IP address</source>
        <translation>IPアドレス</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialog_service.py" line="47"/>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_service.py" line="49"/>
        <source>Something went wrong inside MDIR Desk. What you were doing may not have finished. Check the Decisions list before relying on a result, and report this error.</source>
        <translation>MDIR Desk の内部で問題が発生しました。操作が完了していない可能性があります。結果を使う前に判定一覧を確認し、このエラーを報告してください。</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="25"/>
        <source>Language and display</source>
        <translation>言語と表示</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="32"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="33"/>
        <source>The language of the screens and of the printed documents</source>
        <translation>画面と印刷する文書の言語</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="37"/>
        <source>As the computer ({language})</source>
        <translation>コンピューターの設定に従う（{language}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="42"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="46"/>
        <source>Text size</source>
        <translation>文字サイズ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="47"/>
        <source>Larger text and larger buttons, up to twice the normal size</source>
        <translation>文字とボタンを大きくします（最大で標準の2倍）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="50"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="52"/>
        <source>{percent} % (normal)</source>
        <translation>{percent} %（標準）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="54"/>
        <source>&amp;Text size:</source>
        <translation>文字サイズ(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="58"/>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="59"/>
        <source>High contrast: black on white, thick edges, no grey text</source>
        <translation>ハイコントラスト：白地に黒、太い枠線、灰色の文字なし</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="61"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="62"/>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="63"/>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="69"/>
        <source>Applies to every open screen at once; what is on them stays. Remembered on this computer for you.</source>
        <translation>開いているすべての画面にすぐに適用されます。画面の内容はそのまま残ります。この設定は、このコンピューターにあなたの設定として保存されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="78"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="79"/>
        <source>Keep the language and display as they are</source>
        <translation>言語と表示を変更せずに閉じます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="81"/>
        <source>OK</source>
        <translation>適用</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/display_dialog.py" line="82"/>
        <source>Apply the language and display now and remember them</source>
        <translation>言語と表示をすぐに適用し、設定を保存します</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="179"/>
        <source>4. Done</source>
        <translation>4. 完了</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="193"/>
        <source>Added {new} new devices and updated {updated}.</source>
        <translation>{new}台を新規登録し、{updated}台を更新しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="199"/>
        <source>{rejected} rows were left out; they are in {file}</source>
        <translation>{rejected}行は取り込みませんでした。それらの行は {file} にあります。</translation>
    </message>
</context>
<context>
    <name>EscalationEditor</name>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="161"/>
        <source>Escalation chain</source>
        <translation>エスカレーションの順番</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="165"/>
        <source>Unit:</source>
        <translation>部署：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="170"/>
        <source>Unit of the escalation chain</source>
        <translation>エスカレーションの部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="172"/>
        <source>Choose the unit whose tiers of people to call you want to see or change</source>
        <translation>連絡する人の段階を表示・変更する部署を選んでください</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="196"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="223"/>
        <source>No contacts in this unit&apos;s chain yet: import contacts first.</source>
        <translation>この部署のエスカレーションに連絡先がまだありません：先に連絡先を取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="240"/>
        <source>Sign in to save: the escalation chain is configuration (an administrator or a clinical leader).</source>
        <translation>保存するにはサインインしてください：エスカレーションの設定は構成の変更です（管理者または臨床部門責任者）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="246"/>
        <source>Saving tier {tier} changes the configuration. Sign in as an administrator or a clinical leader; the tier is saved once you have signed in.</source>
        <translation>段階 {tier} の保存は構成の変更です。管理者または臨床部門責任者としてサインインしてください。サインインするとすぐに保存されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="268"/>
        <source>Saved tier {tier} for {unit} ({name}).</source>
        <translation>{unit} の段階 {tier} を保存しました（{name}）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="261"/>
        <source>Not saved: {problem}</source>
        <translation>保存されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="265"/>
        <source>Not saved: the database could not be written.</source>
        <translation>保存されていません：データベースに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="25"/>
        <source>unauthenticated: {name}</source>
        <translation>未認証：{name}</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="41"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="42"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="43"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="44"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="45"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="46"/>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <location filename="../../ui/models/event_table_model.py" line="47"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
</context>
<context>
    <name>EvidenceDialogs</name>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="57"/>
        <source>Reading the file and computing its SHA-256…</source>
        <translation>ファイルを読み込み、SHA-256 を計算しています…</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="58"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="59"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="60"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="61"/>
        <source>Collected by / at</source>
        <translation>収集者・収集日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="62"/>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="108"/>
        <source>Kept at</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="63"/>
        <source>Held by</source>
        <translation>保管者</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="75"/>
        <source>SHA-256: {sha}</source>
        <translation>SHA-256 ハッシュ値：{sha}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="77"/>
        <source>{size} bytes</source>
        <translation>{size} バイト</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="88"/>
        <source>{who}, {when}</source>
        <translation>{who}・{when}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="104"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="105"/>
        <source>From</source>
        <translation>渡した人</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="106"/>
        <source>To</source>
        <translation>受け取った人</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="107"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="109"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="120"/>
        <source>Collected</source>
        <translation>収集</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="172"/>
        <source>This incident is closed: no new evidence can be recorded. Hand-overs and checks of recorded evidence still can.</source>
        <translation>このインシデントは終了しています：新しい証拠は記録できません。記録済みの証拠の引き渡しと照合は引き続き記録できます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="182"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="185"/>
        <source>Files kept as evidence of this incident; choose one to see its hand-overs below</source>
        <translation>このインシデントの証拠として保管しているファイルです。1つ選ぶと、下にその引き渡しの記録が表示されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="195"/>
        <source>The selected evidence</source>
        <translation>選択した証拠</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="199"/>
        <source>Chain of custody of the selected evidence</source>
        <translation>選択した証拠の保管の連鎖</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="201"/>
        <source>Every hand-over of the chosen evidence: from whom, to whom, when</source>
        <translation>選択した証拠のすべての引き渡し：渡した人、受け取った人、日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="220"/>
        <source>&amp;Add evidence…</source>
        <translation>証拠を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="222"/>
        <source>Record a file as evidence: its SHA-256, where it is kept</source>
        <translation>ファイルを証拠として記録します：SHA-256 と保管場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="227"/>
        <source>&amp;Transfer…</source>
        <translation>引き渡し(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="229"/>
        <source>Record that the selected evidence was handed to someone else</source>
        <translation>選択した証拠をほかの人に引き渡したことを記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="233"/>
        <source>&amp;Verify file…</source>
        <translation>ファイルを照合(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="235"/>
        <source>Check whether a file is exactly the selected evidence</source>
        <translation>ファイルが選択した証拠と完全に同一かを確認します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="239"/>
        <source>&amp;Copy SHA-256</source>
        <translation>SHA-256 をコピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="241"/>
        <source>Copy the full SHA-256 of the selected evidence</source>
        <translation>選択した証拠の SHA-256 全体をコピーします</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="265"/>
        <source>The evidence list could not be read.</source>
        <translation>証拠の一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="268"/>
        <source>Evidence items: {count}</source>
        <translation>証拠：{count}件</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="270"/>
        <source>No evidence recorded yet.</source>
        <translation>まだ証拠は記録されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="300"/>
        <source>{file} — SHA-256 {sha}</source>
        <translation>{file} — SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="301"/>
        <source>Now held by {holder}, kept at {location}</source>
        <translation>現在の保管者：{holder}、保管場所：{location}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="307"/>
        <source>Chain of custody:</source>
        <translation>保管の連鎖：</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="315"/>
        <source>SHA-256 copied.</source>
        <translation>SHA-256 をコピーしました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="358"/>
        <source>Recorded: {file}, SHA-256 {sha}</source>
        <translation>記録しました：{file}、SHA-256 {sha}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/evidence_tab.py" line="369"/>
        <source>Hand-over recorded: {file} is now held by {holder}.</source>
        <translation>引き渡しを記録しました：{file} の保管者は {holder} になりました。</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="56"/>
        <source>Start a tabletop exercise</source>
        <translation>机上訓練を開始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="66"/>
        <source>Choose a scenario. Starting it opens an exercise incident with T0 now; the facilitator reveals the injects, and the decisions recorded in it are compared with the expected ones afterwards.</source>
        <translation>シナリオを選んでください。開始すると、現在時刻を T0 とする訓練用のインシデントが登録されます。進行役が状況付与を順に示し、訓練中に記録した判定は終了後に想定判定と比較されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="74"/>
        <source>Scenarios</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="76"/>
        <source>The practice scenarios; choose one to read it, press Enter to start it</source>
        <translation>訓練シナリオの一覧です。選ぶと内容が表示され、Enter キーで開始します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="84"/>
        <source>Use case {number}: {title}</source>
        <translation>ユースケース {number}：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="92"/>
        <source>The chosen scenario</source>
        <translation>選択したシナリオ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="94"/>
        <source>What happens in the chosen scenario and what the players are to decide</source>
        <translation>選択したシナリオで起きることと、参加者が判断すること</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="109"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="112"/>
        <source>Start exercise</source>
        <translation>訓練を開始</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="116"/>
        <source>Open a practice incident, marked as an exercise, for this scenario</source>
        <translation>このシナリオで、訓練であることを明示した練習用のインシデントを登録します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="146"/>
        <source>Imaging device compromise</source>
        <translation>画像診断装置の侵害</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="147"/>
        <source>Personal implanted devices</source>
        <translation>患者の植込み型医療機器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="148"/>
        <source>Networked infusion pump loss of availability</source>
        <translation>ネットワーク接続型輸液ポンプの可用性喪失</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="151"/>
        <source>Playbook use case {number}: {name} · about {minutes} minutes</source>
        <translation>プレイブックのユースケース {number}：{name} · 約{minutes}分</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="158"/>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exercise_dialog.py" line="170"/>
        <source>Choose a scenario first.</source>
        <translation>先にシナリオを選んでください。</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="61"/>
        <source>Exercise</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="74"/>
        <source>Injects of the exercise</source>
        <translation>訓練の状況付与</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="76"/>
        <source>Due</source>
        <translation>予定時刻</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="77"/>
        <source>Inject</source>
        <translation>状況付与</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="78"/>
        <source>What the players are told</source>
        <translation>参加者に伝える内容</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="79"/>
        <source>Delivered</source>
        <translation>付与日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="81"/>
        <source>The scripted events of the exercise, when each is due and whether given</source>
        <translation>訓練で予定されている状況付与と、それぞれの予定時刻、付与済みかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="89"/>
        <source>Mark &amp;delivered</source>
        <translation>付与済みにする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="91"/>
        <source>Mark the selected inject delivered</source>
        <translation>選択した状況付与を付与済みにします</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="93"/>
        <source>Writes the inject and the time it was given to the exercise&apos;s timeline</source>
        <translation>状況付与の内容と付与した時刻を訓練のタイムラインに記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="107"/>
        <source>Expected decisions against those recorded</source>
        <translation>想定判定と記録された判定の比較</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="109"/>
        <source>Situation</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="110"/>
        <source>Category</source>
        <translation>機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="111"/>
        <source>Expected class</source>
        <translation>想定の分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="112"/>
        <source>Recorded class</source>
        <translation>記録された分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="113"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="115"/>
        <source>For each situation: the class expected and the class the players recorded</source>
        <translation>状況ごとの想定の分類と、参加者が記録した分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="143"/>
        <source>This exercise was not started from an installed scenario.</source>
        <translation>この訓練は、組み込みのシナリオから開始されたものではありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="179"/>
        <source>not yet — due now</source>
        <translation>未付与 — 予定時刻になりました</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="181"/>
        <source>not yet</source>
        <translation>未付与</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="197"/>
        <source>Expected decisions: {matched} of {total} recorded as expected</source>
        <translation>想定判定：{total}件中{matched}件が想定どおりに記録されました</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="206"/>
        <source>none recorded yet</source>
        <translation>まだ記録なし</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="209"/>
        <source>as expected</source>
        <translation>一致</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="209"/>
        <source>DIFFERS — discuss</source>
        <translation>不一致 — 討議してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/exercise_panel.py" line="251"/>
        <source>Inject {id} delivered; it is on the timeline.</source>
        <translation>状況付与 {id} を付与済みにしました。タイムラインに記録されています。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="107"/>
        <source>1. Choose the file</source>
        <translation>1. ファイルを選ぶ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="109"/>
        <source>A CSV or Excel (.xlsx) table with one device per row and a header row.</source>
        <translation>1行に1台の機器を記載し、見出し行があるCSVまたはExcel（.xlsx）の表です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="118"/>
        <location filename="../../ui/dialogs/import_wizard.py" line="160"/>
        <source>File to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="120"/>
        <source>The full path of the CSV or Excel file; type it or choose it</source>
        <translation>CSV または Excel ファイルのフルパス。入力するか、選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="124"/>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="126"/>
        <source>Pick the file from the computer&apos;s folders</source>
        <translation>コンピューターのフォルダーからファイルを選びます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="130"/>
        <source>File:</source>
        <translation>ファイル：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="133"/>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="136"/>
        <source>Which columns of the file hold which device fields; a saved mapping or a guess</source>
        <translation>ファイルのどの列を機器のどの項目に取り込むか。保存した対応付け、または自動で推定したもの</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="142"/>
        <source>Columns:</source>
        <translation>列の対応：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="145"/>
        <source>Name of the person importing</source>
        <translation>取り込む人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="147"/>
        <source>Required: your name, recorded with every device imported</source>
        <translation>必須：あなたの氏名。取り込むすべての機器に記録されます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="151"/>
        <source>Your name (required):</source>
        <translation>あなたの氏名（必須）：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="37"/>
        <source>Search tag, serial, maker, model, category, place, IP… (Ctrl+F)</source>
        <translation>資産タグ、シリアル、メーカー、機種、種類、場所、IPで検索…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="39"/>
        <source>Search devices</source>
        <translation>機器を検索</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="45"/>
        <source>Filter by unit</source>
        <translation>部署で絞り込む</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="46"/>
        <source>All units</source>
        <translation>すべての部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="49"/>
        <source>Filter by category</source>
        <translation>機器の種類で絞り込む</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="51"/>
        <source>All categories</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="55"/>
        <source>Filter by default class</source>
        <translation>既定の分類で絞り込む</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/filter_bar.py" line="57"/>
        <source>All classes</source>
        <translation>すべての分類</translation>
    </message>
</context>
<context>
    <name>FindPanel</name>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="159"/>
        <source>Which devices carry a software component? Only components listed in attached SBOMs are known.</source>
        <translation>ソフトウェア部品を持つ機器はどれか。分かるのは登録済みの SBOM に載っている部品だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="177"/>
        <source>“Version unknown — may be affected”: the SBOM does not state a version that can be compared. Treat these devices as affected until the maker confirms.</source>
        <translation>「バージョン不明 — 影響の可能性あり」: SBOM に比較できるバージョンが記載されていません。製造販売業者が確認するまで、これらの機器は影響ありとして扱ってください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="192"/>
        <source>Component to look for</source>
        <translation>探すソフトウェア部品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="194"/>
        <source>pkg:composer/laravel/framework, laravel/framework or a name</source>
        <translation>pkg:composer/laravel/framework、laravel/framework または部品名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="198"/>
        <source>Affected versions (optional)</source>
        <translation>影響を受けるバージョン（任意）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="199"/>
        <source>e.g. 7.30.6, &lt;=7.30.6 or &lt;2.0 (optional)</source>
        <translation>例: 7.30.6、&lt;=7.30.6、&lt;2.0（任意）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="202"/>
        <source>&amp;Component:</source>
        <translation>部品(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="203"/>
        <source>&amp;Versions:</source>
        <translation>バージョン(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="212"/>
        <source>&amp;Find devices</source>
        <translation>機器を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="215"/>
        <source>List the devices whose model&apos;s SBOM contains this component</source>
        <translation>機種の SBOM にこの部品が含まれる機器を一覧表示します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="228"/>
        <source>Devices carrying the component</source>
        <translation>この部品を持つ機器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="231"/>
        <source>The devices whose software contains the component, found in the attached SBOMs</source>
        <translation>登録済みの SBOM から見つかった、この部品をソフトウェアに含む機器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="256"/>
        <source>Enter a component to look for: a package URL, group/name or a name.</source>
        <translation>探す部品を入力してください: パッケージ URL、グループ/名前、または部品名。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="265"/>
        <source>Cannot search: {problem}</source>
        <translation>検索できません: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="294"/>
        <source>No device carries {component} in the attached SBOMs.</source>
        <translation>登録済みの SBOM では {component} を持つ機器はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="296"/>
        <source>No device is known to carry {component}; {more} may (version unknown).</source>
        <translation>{component} を持つと確定した機器はありません。{more} 台は可能性があります（バージョン不明）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="299"/>
        <source>1 device carries {component}.</source>
        <translation>{component} を持つ機器は 1 台です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="301"/>
        <source>{count} devices carry {component}.</source>
        <translation>{component} を持つ機器は {count} 台です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="303"/>
        <source>1 device carries {component}; {more} more may (version unknown).</source>
        <translation>{component} を持つ機器は 1 台です。ほかに {more} 台が可能性があります（バージョン不明）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="305"/>
        <source>{count} devices carry {component}; {more} more may (version unknown).</source>
        <translation>{component} を持つ機器は {count} 台です。ほかに {more} 台が可能性があります（バージョン不明）。</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <location filename="../../ui/widgets/form_fields.py" line="57"/>
        <source>Close this window without saving anything</source>
        <translation>何も保存せずにこのウィンドウを閉じます</translation>
    </message>
</context>
<context>
    <name>ImportProblemModel</name>
    <message>
        <location filename="../../ui/dialogs/import_problem_model.py" line="33"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_problem_model.py" line="34"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_problem_model.py" line="35"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="59"/>
        <source>Import devices</source>
        <translation>機器の取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="77"/>
        <source>Go back to the previous step</source>
        <translation>前の手順に戻ります</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="78"/>
        <source>Go on to the next step</source>
        <translation>次の手順に進みます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="79"/>
        <source>Import the devices as checked</source>
        <translation>確認した内容で機器を取り込みます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="80"/>
        <source>Close the import</source>
        <translation>取り込みを終了します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="81"/>
        <source>Stop; nothing is imported</source>
        <translation>中止します。何も取り込まれません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="209"/>
        <source>Recognise the columns automatically</source>
        <translation>列を自動で認識</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="211"/>
        <source>Snipe-IT export</source>
        <translation>Snipe-ITのエクスポート</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="212"/>
        <source>Saved mapping: {name}</source>
        <translation>保存した対応付け：{name}</translation>
    </message>
</context>
<context>
    <name>IncidentTableModel</name>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="62"/>
        <source>Reference</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="63"/>
        <source>Exercise?</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="64"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="65"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="66"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="67"/>
        <source>T0 (awareness)</source>
        <translation>T0（認知時刻）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="68"/>
        <source>Decisions</source>
        <translation>判定数</translation>
    </message>
</context>
<context>
    <name>IncidentTabs</name>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="35"/>
        <source>NOT saved: {problem}</source>
        <translation>保存されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/actor_field.py" line="39"/>
        <source>NOT saved: the database could not be written. What you typed is still here; try again.</source>
        <translation>保存されていません：データベースに書き込めませんでした。入力した内容はそのまま残っています。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>IncidentWorkspace</name>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="100"/>
        <source>Severity, phase, units affected, status by unit and reporting deadlines</source>
        <translation>重大度、フェーズ、影響を受けた部署、部署ごとの稼働状況、報告期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="101"/>
        <source>The devices concerned, their state, and the triage decisions recorded</source>
        <translation>対象の機器とその状態、記録されたトリアージの判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="102"/>
        <source>The playbook&apos;s steps for this incident and what is still open</source>
        <translation>このインシデントに対するプレイブックの手順と、未完了の項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="103"/>
        <source>What happened and who did what, in order of time</source>
        <translation>何が起き、誰が何をしたかを時系列で表示</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="104"/>
        <source>Files kept as evidence and who has held them</source>
        <translation>証拠として保管しているファイルと、これまでの保管者</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="105"/>
        <source>What worked, what did not, and the actions to improve</source>
        <translation>うまくいったこと、うまくいかなかったこと、改善策</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="109"/>
        <source>Overview &amp;&amp; clocks</source>
        <translation>概要と期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="110"/>
        <source>Decisions &amp;&amp; devices</source>
        <translation>判定と機器</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="111"/>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="112"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="113"/>
        <source>Evidence</source>
        <translation>証拠</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="114"/>
        <source>Lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="124"/>
        <source>Parts of the incident</source>
        <translation>インシデントの各項目</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="125"/>
        <source>Overview, decisions and devices, checklist, timeline, evidence and lessons</source>
        <translation>概要、判定と機器、チェックリスト、タイムライン、証拠、教訓</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="135"/>
        <source>◀  &amp;All incidents</source>
        <translation>◀  インシデント一覧(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="137"/>
        <source>Back to all incidents</source>
        <translation>インシデント一覧に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="138"/>
        <source>Leave this incident and show the list of incidents</source>
        <translation>このインシデントを離れ、インシデント一覧を表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="145"/>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="217"/>
        <source>&amp;Print incident report…</source>
        <translation>インシデント対応報告書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="148"/>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="219"/>
        <source>The incident report on paper: summary, decisions, clocks, timeline</source>
        <translation>紙のインシデント対応報告書：概要、判定、期限、タイムライン</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="154"/>
        <source>&amp;Close incident…</source>
        <translation>インシデントを終了(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="156"/>
        <source>Close incident</source>
        <translation>インシデントを終了</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="159"/>
        <source>Closing needs every decision signed off, the post-incident items done, and a signed-in clinical leader</source>
        <translation>終了には、すべての判定の承認、事後対応の項目の完了、臨床部門責任者のサインインが必要です</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="196"/>
        <source>The incident could not be read again.</source>
        <translation>インシデントを読み込み直せませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="209"/>
        <source>{ref} · {name}</source>
        <translation>{ref} · {name}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="212"/>
        <source>&amp;Print after-action report…</source>
        <translation>事後検証報告書を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="214"/>
        <source>The exercise&apos;s after-action report: expected and actual decisions</source>
        <translation>訓練の事後検証報告書：想定判定と実際の判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="226"/>
        <source>Closed {time} by {person}.</source>
        <translation>{time} に {person} が終了しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="244"/>
        <source>Status: {status}</source>
        <translation>状況：{status}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="245"/>
        <source>Severity: {severity}</source>
        <translation>重大度：{severity}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="246"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="248"/>
        <source>Phase: {phase}</source>
        <translation>フェーズ：{phase}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="249"/>
        <source>T0: {time}</source>
        <translation>T0（認知時刻）：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incident_workspace.py" line="253"/>
        <source>{elapsed} since T0</source>
        <translation>T0から{elapsed}経過</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="25"/>
        <source>EXERCISE — a tabletop exercise, not a real incident. Nothing here is sent to anyone, and it is kept out of real metrics.</source>
        <translation>【訓練】机上訓練です。実際のインシデントではありません。ここから誰にも何も送信されず、実際の指標にも含まれません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="31"/>
        <source>Exercise</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="37"/>
        <source>EXERCISE</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="48"/>
        <source>T0 is in the future</source>
        <translation>T0 が未来の時刻です</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="51"/>
        <source>{days} d {hours} h</source>
        <translation>{days}日{hours}時間</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="53"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours}時間{minutes}分</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="56"/>
        <source>{minutes} min</source>
        <translation>{minutes}分</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="63"/>
        <source>added by hand</source>
        <translation>手動で追加</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="64"/>
        <source>has a decision</source>
        <translation>判定あり</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="65"/>
        <source>same model {model}</source>
        <translation>同一機種 {model}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="66"/>
        <source>same model {model}, firmware {firmware}</source>
        <translation>同一機種 {model}・ファームウェア {firmware}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/__init__.py" line="67"/>
        <source>carries component {component}</source>
        <translation>構成要素 {component} を含む</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="150"/>
        <source>Incidents (open ones first)</source>
        <translation>インシデント（対応中を先に表示）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="155"/>
        <source>&amp;New incident…</source>
        <translation>新しいインシデント(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="157"/>
        <source>Open an incident: name, T0, how it was detected</source>
        <translation>インシデントを登録します：名称、T0、検知経路</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="162"/>
        <source>Start &amp;exercise…</source>
        <translation>訓練を開始(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="164"/>
        <source>Run one of the playbook&apos;s tabletop scenarios as an exercise</source>
        <translation>プレイブックの机上訓練シナリオの1つを訓練として実施します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="168"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="170"/>
        <source>Open the selected incident (or press Enter on it)</source>
        <translation>選択したインシデントを開きます（Enter キーでも開けます）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="180"/>
        <source>No incidents yet. Open one with “New incident…”, or start an exercise.</source>
        <translation>インシデントはまだありません。「新しいインシデント…」で登録するか、訓練を開始してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="185"/>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="187"/>
        <source>Open and closed incidents; press Enter on one to open it</source>
        <translation>対応中と終了済みのインシデントです。選んで Enter キーを押すと開きます</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="217"/>
        <source>The incidents could not be read.</source>
        <translation>インシデントを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="289"/>
        <source>Incident details of {ref}</source>
        <translation>{ref} のインシデントの詳細</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/incidents_view.py" line="291"/>
        <source>Lessons learned of {ref}</source>
        <translation>{ref} の教訓</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="102"/>
        <source>Device inventory</source>
        <translation>医療機器台帳</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="115"/>
        <source>&amp;New device</source>
        <translation>新規登録(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="117"/>
        <source>Add a device to the inventory (Ctrl+N)</source>
        <translation>台帳に機器を追加します（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="122"/>
        <source>&amp;Import…</source>
        <translation>取り込み(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="124"/>
        <source>Add or update devices from a CSV or Excel file</source>
        <translation>CSVまたはExcelファイルから機器を追加・更新します</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="129"/>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="131"/>
        <source>Write every device to a CSV or Excel file</source>
        <translation>すべての機器をCSVまたはExcelファイルに書き出します</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="136"/>
        <source>&amp;Software (SBOM)…</source>
        <translation>SBOM・部品表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="138"/>
        <source>Devices carrying a software component; SBOMs</source>
        <translation>ソフトウェア部品を持つ機器の検索と SBOM の登録</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="143"/>
        <source>Print &amp;cards…</source>
        <translation>カードを印刷(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="145"/>
        <source>Print a card for every device of the unit chosen in the unit filter</source>
        <translation>部署フィルターで選んだ部署の全機器のカードを印刷します</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="150"/>
        <source>&amp;USB bundles…</source>
        <translation>USBバンドル(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="152"/>
        <source>Move inventory, contacts or decisions to or from another computer, signed</source>
        <translation>機器台帳・連絡先・判定を署名付きでほかのコンピューターとやり取りします</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="172"/>
        <source>Devices</source>
        <translation>機器一覧</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="269"/>
        <source>{shown} of {total}</source>
        <translation>{shown}（全{total}台中）</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="277"/>
        <source>1 device</source>
        <translation>1台</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="278"/>
        <source>{count} devices</source>
        <translation>{count}台</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="354"/>
        <source>Export the inventory</source>
        <translation>台帳の書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="356"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excelブック (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="365"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="369"/>
        <source>Export finished</source>
        <translation>書き出しが完了しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="370"/>
        <source>{count} devices written to {path}</source>
        <translation>{count}台を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="380"/>
        <source>Print cards</source>
        <translation>カードの印刷</translation>
    </message>
    <message>
        <location filename="../../ui/views/inventory/inventory_view.py" line="382"/>
        <source>Cards are printed one unit at a time. Choose a unit in the unit filter first, then press Print cards… again.</source>
        <translation>カードは部署ごとに印刷します。先に部署フィルターで部署を選んでから、もう一度「カードを印刷…」を押してください。</translation>
    </message>
</context>
<context>
    <name>LessonsTab</name>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="77"/>
        <source>Action</source>
        <translation>改善策</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="78"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="79"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="80"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="102"/>
        <source>no due date</source>
        <translation>期日なし</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="105"/>
        <source>{status} — OVERDUE</source>
        <translation>{status} — 期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="228"/>
        <source>What &amp;happened</source>
        <translation>経過の概要(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="229"/>
        <source>What &amp;worked</source>
        <translation>うまくいったこと(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="230"/>
        <source>What did not wor&amp;k</source>
        <translation>うまくいかなかったこと(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="233"/>
        <source>A short account of the incident, in your own words</source>
        <translation>インシデントの経過を、自分の言葉で簡潔に</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="234"/>
        <source>What went well and should be kept for next time</source>
        <translation>うまくいき、次回も続けるべきこと</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="235"/>
        <source>What went badly or was missing, to be improved</source>
        <translation>うまくいかなかったこと、足りなかったことで、改善すべき点</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="255"/>
        <source>&amp;Save lessons</source>
        <translation>教訓を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="257"/>
        <source>Save lessons</source>
        <translation>教訓を保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="258"/>
        <source>Save the three texts of lessons learned</source>
        <translation>教訓の3つの記入内容を保存します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="276"/>
        <source>&amp;Add action…</source>
        <translation>改善策を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="279"/>
        <source>Add an improvement action with its owner and due date</source>
        <translation>担当者と期日を決めて改善策を追加します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="282"/>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="285"/>
        <source>Mark the chosen action as done</source>
        <translation>選択した改善策を完了にします</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="288"/>
        <source>&amp;Reopen</source>
        <translation>未完了に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="291"/>
        <source>Mark the chosen action as not done yet</source>
        <translation>選択した改善策を未完了に戻します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="298"/>
        <source>Improvement actions</source>
        <translation>改善策</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="300"/>
        <source>What is to be improved after this incident, by whom and by when</source>
        <translation>このインシデントを受けて改善すること、その担当者と期日</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="330"/>
        <source>The lessons learned could not be read.</source>
        <translation>教訓を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="343"/>
        <source>Last saved by {who}, {when}</source>
        <translation>最終保存：{who}、{when}</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="348"/>
        <source>Not written yet.</source>
        <translation>まだ記入されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="359"/>
        <source>Improvement actions: {done} of {total} done</source>
        <translation>改善策：{total}件中{done}件完了</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="363"/>
        <source>, {late} OVERDUE</source>
        <translation>、期限切れ{late}件</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="418"/>
        <source>Lessons learned saved.</source>
        <translation>教訓を保存しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="438"/>
        <source>Action added.</source>
        <translation>改善策を追加しました。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/lessons_tab.py" line="466"/>
        <source>Saved: the action is now {status}.</source>
        <translation>保存しました：改善策は「{status}」になりました。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Triage</source>
        <translation>トリアージ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Inventory</source>
        <translation>機器台帳</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Decisions</source>
        <translation>判定一覧</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>Classify a device, one question at a time</source>
        <translation>1問ずつ答えて機器を分類します</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177"/>
        <source>Every device: search, filter, edit, import</source>
        <translation>すべての機器の検索・絞り込み・編集・取り込み</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="167"/>
        <source>Decisions recorded on this database</source>
        <translation>このデータベースに記録された判定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>The parts of MDIR Desk, from Triage to Audit; Ctrl+Tab goes to the next one</source>
        <translation>MDIR Desk の各画面（トリアージから監査証跡まで）。Ctrl+Tab で次の画面に移ります</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Sign-off</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Decisions awaiting your signature (sign in first)</source>
        <translation>あなたの署名を待つ判定（先にサインイン）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Incidents: devices in scope, clocks, checklist, timeline; exercises</source>
        <translation>インシデント：影響範囲の機器、期限、チェックリスト、タイムライン。訓練</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>Who to call, unit by unit and tier by tier; import and export</source>
        <translation>部署ごと・段階ごとの連絡先。取り込みと書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179"/>
        <source>Pre-classify</source>
        <translation>事前分類</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>Set the default class of a device, or of a category in a unit</source>
        <translation>機器、または部署内の機器分類ごとに既定の分類を設定します</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182"/>
        <source>Devices per default class in every unit</source>
        <translation>部署ごと・既定の分類ごとの機器数</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Audit</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185"/>
        <source>The audit trail: who did what, when; verify and export it</source>
        <translation>監査証跡：誰がいつ何をしたか。検証と書き出し</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268"/>
        <source>Database: {path} · Questions version {version}</source>
        <translation>データベース：{path} · 質問の版 {version}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="275"/>
        <source>Aa  Display…</source>
        <translation>Aa  表示…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="276"/>
        <source>Language and display</source>
        <translation>言語と表示</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="277"/>
        <source>Language, text size and high-contrast theme (Ctrl+Shift+D)</source>
        <translation>言語、文字サイズ、ハイコントラストのテーマ（Ctrl+Shift+D）</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="421"/>
        <source>The display settings apply now but could not be remembered: {error}</source>
        <translation>表示の設定は適用されましたが、保存できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="448"/>
        <source>Change the display?</source>
        <translation>表示を変更しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="450"/>
        <source>Not saved yet: {what}. Changing the display now loses it. Change anyway?</source>
        <translation>まだ保存されていません：{what}。いま表示を変更すると失われます。それでも変更しますか？</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="518"/>
        <source>This computer&apos;s clock is behind the newest record ({time}). Check the date and time before recording; the audit trail notes the step back.</source>
        <translation>このコンピューターの時計が最新の記録（{time}）より遅れています。記録する前に日付と時刻を確認してください。監査証跡には時計の巻き戻りが記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="547"/>
        <source>{username} was signed out after {minutes} minutes without activity.</source>
        <translation>{minutes} 分間操作がなかったため、{username} をサインアウトしました。</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="77"/>
        <source>2. Check the columns</source>
        <translation>2. 列を確認する</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="79"/>
        <source>Each column of the file and the field it fills. Change any that are wrong.</source>
        <translation>ファイルの各列と、その列が入る項目です。違っていれば変更してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="90"/>
        <source>Columns of the file and their fields</source>
        <translation>ファイルの列と項目の対応</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="92"/>
        <source>For each column of the file: its first values and the device field it fills</source>
        <translation>ファイルの列ごとの最初の値と、その列が入る機器の項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="95"/>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="95"/>
        <source>First values</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="95"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="105"/>
        <source>Name for this mapping</source>
        <translation>この対応付けの名前</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="106"/>
        <source>Name, e.g. CMMS export</source>
        <translation>名前（例：CMMSのエクスポート）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="107"/>
        <source>&amp;Save this mapping</source>
        <translation>この対応付けを保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="110"/>
        <source>Keep this mapping under the name typed, to use for the next file</source>
        <translation>この対応付けを入力した名前で保存し、次のファイルでも使えるようにします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>{file}: {rows} rows, {columns} columns</source>
        <translation>{file}：{rows}行、{columns}列</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="139"/>
        <source>Field for column {header}</source>
        <translation>列「{header}」の項目</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="141"/>
        <source>The device field this column fills, or not imported</source>
        <translation>この列が入る機器の項目、または「取り込まない」</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="161"/>
        <source>Two columns fill {field}: {first} and {second}. Keep one.</source>
        <translation>「{field}」に2つの列（{first} と {second}）が対応しています。1つにしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="167"/>
        <source>Choose the column that holds the asset tag.</source>
        <translation>資産タグが入っている列を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="179"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="65"/>
        <source>How serious the incident is for patient care</source>
        <translation>インシデントが患者ケアに与える影響の大きさ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="69"/>
        <source>Not set yet</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="154"/>
        <source>New incident</source>
        <translation>新しいインシデント</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="163"/>
        <source>T0 is when the problem became known: it starts the regulatory clocks. Leave it at now unless you know an earlier time.</source>
        <translation>T0 は問題を認知した時刻で、規制上の期限はここから数えます。それより前の時刻がわかっていなければ、現在時刻のままにしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="171"/>
        <source>Incident name</source>
        <translation>インシデント名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="172"/>
        <source>e.g. CT scanner ransomware, radiology</source>
        <translation>例：放射線科のCT装置のランサムウェア</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="173"/>
        <source>&amp;Name (required):</source>
        <translation>インシデント名（必須）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="175"/>
        <source>T0, the awareness time</source>
        <translation>T0（認知時刻）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="177"/>
        <source>When the problem became known, in local time; it starts the reporting clocks</source>
        <translation>問題を認知した時刻（現地時刻）。報告期限はここから数えます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="180"/>
        <source>N&amp;ow</source>
        <translation>現在(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="182"/>
        <source>Set T0 to now</source>
        <translation>T0 を現在時刻にします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="183"/>
        <source>Put the current date and time in the T0 field</source>
        <translation>T0 欄に現在の日時を入力します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="186"/>
        <source>&amp;T0 (local time):</source>
        <translation>T0（現地時刻）(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="189"/>
        <source>Detection source</source>
        <translation>検知経路</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="191"/>
        <source>Required: how the problem was noticed; choose one or type your own</source>
        <translation>必須：問題に気づいた経緯。一覧から選ぶか、自分で入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="200"/>
        <source>A clinician noticed a device behaving oddly</source>
        <translation>医療スタッフが機器の異常な動作に気づいた</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="201"/>
        <source>Security monitoring alert (SOC)</source>
        <translation>セキュリティ監視のアラート（SOC）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="202"/>
        <source>Manufacturer, FDA or ICS advisory</source>
        <translation>メーカー、FDA または ICS のセキュリティ勧告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="203"/>
        <source>ISAC or regional partner alert</source>
        <translation>ISAC または地域の連携機関からの警報</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="204"/>
        <source>IT help desk report</source>
        <translation>IT ヘルプデスクへの報告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="209"/>
        <source>&amp;Detected by (required):</source>
        <translation>検知経路（必須）(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="213"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="214"/>
        <source>&amp;Severity:</source>
        <translation>重大度(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="216"/>
        <source>&amp;Units affected:</source>
        <translation>影響を受けた部署(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="226"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="229"/>
        <source>Open incident</source>
        <translation>インシデントを登録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="233"/>
        <source>Record the new incident and open its workspace</source>
        <translation>新しいインシデントを登録し、その作業画面を開きます</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="112"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="116"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="119"/>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="121"/>
        <source>Where the response stands, e.g. detection or containment</source>
        <translation>対応の現在の段階（例：検知、封じ込め）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="131"/>
        <source>&amp;Severity:</source>
        <translation>重大度(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="134"/>
        <source>P&amp;hase:</source>
        <translation>フェーズ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="137"/>
        <source>&amp;Units affected:</source>
        <translation>影響を受けた部署(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="143"/>
        <source>Sa&amp;ve details</source>
        <translation>詳細を保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="145"/>
        <source>Save details</source>
        <translation>詳細を保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="146"/>
        <source>Save the severity, phase and units affected</source>
        <translation>重大度、フェーズ、影響を受けた部署を保存します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="156"/>
        <source>System status (HICS 251 style)</source>
        <translation>HICS 251 システム稼働状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="160"/>
        <source>Devices in scope by unit and category: how many are in each class 1–7 (their newest decision in this incident), not classified yet, and in each state.</source>
        <translation>影響範囲の機器を部署・機器の種類ごとに集計します：分類1〜7ごとの台数（このインシデントでの最新の判定による）、未分類の台数、状態ごとの台数。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="165"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="165"/>
        <source>Category</source>
        <translation>機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="168"/>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="170"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="173"/>
        <source>System status by unit and category</source>
        <translation>部署・機器の種類ごとのシステム稼働状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="175"/>
        <source>For each unit and kind of device: how many devices have each class and state</source>
        <translation>部署・機器の種類ごとに、分類別・状態別の機器の台数</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="192"/>
        <source>No devices or decisions in this incident yet (see Decisions &amp; devices).</source>
        <translation>このインシデントにはまだ機器も判定もありません（「判定と機器」を参照）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="198"/>
        <location filename="../../ui/views/incidents/overview_tab.py" line="233"/>
        <source>Regulatory clocks</source>
        <translation>規制上の期限</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="206"/>
        <source>Which country&apos;s clocks</source>
        <translation>どの国の期限を表示するか</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="208"/>
        <source>Show the reporting deadlines of this country&apos;s authorities</source>
        <translation>この国の当局への報告期限を表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="226"/>
        <source>&amp;Clocks of:</source>
        <translation>期限の対象国(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="235"/>
        <source>When it applies</source>
        <translation>適用される場合</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="236"/>
        <source>To whom</source>
        <translation>報告先</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="237"/>
        <source>Deadline</source>
        <translation>期限の規則</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="238"/>
        <source>Due (local time)</source>
        <translation>期限（現地時刻）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="239"/>
        <source>Status</source>
        <translation>状況</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="240"/>
        <source>Source</source>
        <translation>根拠</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="243"/>
        <source>Deadlines for reporting this incident to authorities, and whether they are met</source>
        <translation>このインシデントを当局に報告する期限と、期限を守れているかどうか</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="302"/>
        <source>The status roll-up could not be read.</source>
        <translation>稼働状況の集計を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="359"/>
        <source>OVERDUE</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="359"/>
        <source>not due yet</source>
        <translation>期限前</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="373"/>
        <source>{count} OVERDUE: check with compliance now.</source>
        <translation>期限切れ{count}件：今すぐコンプライアンス担当に確認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="404"/>
        <source>Nothing changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/overview_tab.py" line="416"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <location filename="../../ui/views/overview_view.py" line="63"/>
        <source>Default classes per unit</source>
        <translation>部署ごとの既定の分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="68"/>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="70"/>
        <source>Refresh the overview</source>
        <translation>概要を更新</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="71"/>
        <source>Count the devices again from the inventory</source>
        <translation>機器台帳から機器を数え直します</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="88"/>
        <source>Devices per default class, per unit</source>
        <translation>部署別・既定の分類別の機器数</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="90"/>
        <source>One row per unit: how many of its devices have each default class</source>
        <translation>部署ごとに1行：その部署の機器の、既定の分類ごとの台数</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="107"/>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="112"/>
        <source>Bar chart: devices per default class, per unit</source>
        <translation>棒グラフ：部署別・既定の分類別の機器数</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="126"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="127"/>
        <location filename="../../ui/views/overview_view.py" line="180"/>
        <source>Class {number}</source>
        <translation>分類 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="128"/>
        <location filename="../../ui/views/overview_view.py" line="163"/>
        <location filename="../../ui/views/overview_view.py" line="177"/>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="128"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="200"/>
        <source>{row} · {name}: {count} devices</source>
        <translation>{row} · {name}：{count} 台</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="216"/>
        <source>{total} devices in {units} units; {unclassified} not yet classified.</source>
        <translation>{units} 部署に {total} 台。うち {unclassified} 台は未分類です。</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="222"/>
        <source>(no unit)</source>
        <translation>（部署なし）</translation>
    </message>
    <message>
        <location filename="../../ui/views/overview_view.py" line="232"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
</context>
<context>
    <name>PreclassifyApplyPage</name>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="70"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="72"/>
        <source>Required: the name of the person who approves this default class</source>
        <translation>必須：この既定の分類を承認する人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="76"/>
        <source>Your name (required)</source>
        <translation>氏名（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="79"/>
        <source>Your role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="81"/>
        <source>Required: your job, e.g. biomedical engineer; it is saved with the class</source>
        <translation>必須：あなたの職種（例：臨床工学技士）。分類とともに保存されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="83"/>
        <source>Choose your role…</source>
        <translation>役割を選んでください…</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="89"/>
        <source>Your role (required)</source>
        <translation>役割（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="98"/>
        <source>◀  Back to the result</source>
        <translation>◀  結果に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="100"/>
        <source>Back to the result</source>
        <translation>結果に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="101"/>
        <source>Go back to the class and its guidance; nothing is applied yet</source>
        <translation>分類とその説明に戻ります。まだ何も設定されません</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="107"/>
        <location filename="../../ui/views/preclassify_apply.py" line="109"/>
        <location filename="../../ui/views/preclassify_apply.py" line="159"/>
        <source>Apply default class</source>
        <translation>既定の分類を設定</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="111"/>
        <source>Make this class the default of the chosen devices and record who did it</source>
        <translation>選択した機器の既定の分類をこの分類にし、設定した人を記録します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="134"/>
        <source>Set default class: {title}</source>
        <translation>既定の分類を設定：{title}</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="138"/>
        <source>For: {target}</source>
        <translation>対象：{target}</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="147"/>
        <source>{count} of these devices already have a default class; it will be replaced.</source>
        <translation>このうち {count} 台にはすでに既定の分類があり、置き換えられます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="153"/>
        <source>Its current default class ({number}) will be replaced.</source>
        <translation>現在の既定の分類（{number}）は置き換えられます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="181"/>
        <source>Not applied: {problem}</source>
        <translation>設定されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="190"/>
        <source>an unexpected error (see the log)</source>
        <translation>予期しないエラー。ログを確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="199"/>
        <source>Enter your name before applying.</source>
        <translation>設定する前に氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="203"/>
        <source>Choose your role before applying.</source>
        <translation>設定する前に役割を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="211"/>
        <source>The default class was NOT set ({reason}). Everything you typed is still here. Try again.</source>
        <translation>既定の分類は設定されていません（{reason}）。入力した内容はそのまま残っています。もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="216"/>
        <source>Try again</source>
        <translation>もう一度設定</translation>
    </message>
</context>
<context>
    <name>PreclassifyDonePage</name>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="253"/>
        <source>Pre-classify more devices  ▶</source>
        <translation>ほかの機器を事前分類  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="255"/>
        <source>Pre-classify more devices</source>
        <translation>ほかの機器を事前分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="256"/>
        <source>Start again with other devices</source>
        <translation>ほかの機器で最初からやり直します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="266"/>
        <source>Default class {number} set on 1 device</source>
        <translation>1 台に既定の分類 {number} を設定しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="268"/>
        <source>Default class {number} set on {count} devices</source>
        <translation>{count} 台に既定の分類 {number} を設定しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="274"/>
        <source>For: {target}</source>
        <translation>対象：{target}</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_apply.py" line="275"/>
        <source>Recorded as decision {id}.</source>
        <translation>判定 {id} として記録しました。</translation>
    </message>
</context>
<context>
    <name>PreclassifyTargetPage</name>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="71"/>
        <source>Pre-classify devices</source>
        <translation>機器の事前分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="77"/>
        <source>Set the default class of devices before an incident. Answer the questions for their usual situation in use. The answers are recorded as a decision; during an incident, triage still decides the live class.</source>
        <translation>インシデントの前に機器の既定の分類を決めておきます。通常の使用状況を想定して質問に答えてください。回答は判定として記録されます。インシデント発生時の分類は、その時点のトリアージで決まります。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="88"/>
        <source>One device, by asset tag</source>
        <translation>1 台の機器（資産タグで指定）</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="91"/>
        <source>Set the default class of a single device, found by its asset tag</source>
        <translation>資産タグで探した1台の機器に既定の分類を設定します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="94"/>
        <source>All devices of a category</source>
        <translation>ある種類の機器すべて</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="97"/>
        <source>Set the default class of every device of one kind, in one unit or all</source>
        <translation>ある種類のすべての機器（1つの部署または全部署）に既定の分類を設定します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="109"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="110"/>
        <source>Asset tag, e.g. MD-00042</source>
        <translation>資産タグ（例：MD-00042）</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="116"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="118"/>
        <source>Find the device</source>
        <translation>機器を検索</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="119"/>
        <source>Look up the typed asset tag in the inventory</source>
        <translation>入力した資産タグを機器台帳で検索します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="134"/>
        <location filename="../../ui/views/preclassify_target.py" line="142"/>
        <source>Category</source>
        <translation>機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="135"/>
        <source>Choose a category…</source>
        <translation>機器の種類を選んでください…</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="137"/>
        <source>The kind of device whose default class you set</source>
        <translation>既定の分類を設定する機器の種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="143"/>
        <location filename="../../ui/views/preclassify_target.py" line="147"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="145"/>
        <source>Only the devices of this unit, or of all units</source>
        <translation>この部署の機器のみ、または全部署の機器</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="158"/>
        <source>Answer the questions  ▶</source>
        <translation>質問に答える  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="160"/>
        <source>Answer the questions</source>
        <translation>質問に答える</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="162"/>
        <source>Go on to the questions, answered for the devices&apos; usual situation in use</source>
        <translation>質問に進みます。機器の通常の使用状況を想定して答えてください</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="214"/>
        <source>All units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="231"/>
        <source>No device with tag “{tag}” in the inventory.</source>
        <translation>タグ「{tag}」の機器は台帳にありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="243"/>
        <source>Unknown kind</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="247"/>
        <source>No default class yet.</source>
        <translation>既定の分類はまだありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="250"/>
        <source>Current default class: {title} (it will be replaced)</source>
        <translation>現在の既定の分類：{title}（置き換えられます）</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="298"/>
        <source>all units</source>
        <translation>全部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="300"/>
        <source>No devices of this category in {where}.</source>
        <translation>{where}にこの種類の機器はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="302"/>
        <source>1 device in {where} will get this default class.</source>
        <translation>{where}の 1 台にこの既定の分類が設定されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="304"/>
        <source>{count} devices in {where} will get this default class.</source>
        <translation>{where}の {count} 台にこの既定の分類が設定されます。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_target.py" line="321"/>
        <source>Typical for this kind of device: class {idle} when idle, {in_use} in use.</source>
        <translation>この種類の機器の目安：未使用時は分類 {idle}、使用中は分類 {in_use}。</translation>
    </message>
</context>
<context>
    <name>PreclassifyView</name>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="104"/>
        <source>Change the unknown answer</source>
        <translation>不明の回答を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="106"/>
        <source>Go back to the question answered Unknown and give the answer found out</source>
        <translation>「わからない」と答えた質問に戻り、確認できた答えを入力します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="114"/>
        <source>Apply as default class  ▶</source>
        <translation>既定の分類として設定  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="116"/>
        <source>Apply as default class</source>
        <translation>既定の分類として設定</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="118"/>
        <source>Go on to make this class the pre-approved default of the chosen devices</source>
        <translation>次に進み、この分類を選んだ機器の既定の分類（承認済み）として設定します</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="202"/>
        <source>Cannot be applied: a default class must not rest on an unknown answer. Find out the answer, then change it.</source>
        <translation>設定できません：既定の分類は「不明」の回答に基づいてはいけません。答えを確認してから回答を変更してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="208"/>
        <source>Change “{question}”</source>
        <translation>「{question}」を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="210"/>
        <source>Change answers</source>
        <translation>回答を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="213"/>
        <source>Change the unknown answer: {question}</source>
        <translation>不明の回答を変更：{question}</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="226"/>
        <source>Pre-classifying: {target}</source>
        <translation>事前分類：{target}</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="240"/>
        <source>{count} × {kind} in {unit}</source>
        <translation>{unit}の{kind} {count} 台</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="243"/>
        <source>{count} × {kind} in all units</source>
        <translation>全部署の{kind} {count} 台</translation>
    </message>
    <message>
        <location filename="../../ui/views/preclassify_view.py" line="251"/>
        <source>The pre-classification in progress</source>
        <translation>進行中の事前分類</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="59"/>
        <source>Contact sheet</source>
        <translation>連絡先シート</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="60"/>
        <source>Decision record</source>
        <translation>判定記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="61"/>
        <source>Device cards</source>
        <translation>機器カード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="62"/>
        <source>Downtime binder</source>
        <translation>ダウンタイム用バインダー</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="63"/>
        <source>Incident report</source>
        <translation>インシデント対応報告書</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="64"/>
        <source>After-action report</source>
        <translation>事後検証報告書</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="65"/>
        <source>Activity log (HICS 214)</source>
        <translation>HICS 214 活動記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="98"/>
        <source>The document could not be written: {error}</source>
        <translation>文書を書き出せませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="101"/>
        <source>Cannot print</source>
        <translation>印刷できません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="118"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを開始できませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="453"/>
        <source>{document} — {detail}</source>
        <translation>{document} — {detail}</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="174"/>
        <source>No printer is set up on this computer — save as PDF and print elsewhere.</source>
        <translation>プリンターが設定されていません — PDF で保存し、別の場所で印刷してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="183"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="210"/>
        <source>Zoom</source>
        <translation>表示倍率</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="212"/>
        <source>How big the page is shown: the page&apos;s width, the whole page or actual size</source>
        <translation>ページの表示サイズ：幅に合わせる、ページ全体、または実寸</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="214"/>
        <source>Fit width</source>
        <translation>幅に合わせる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="215"/>
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="216"/>
        <source>Actual size</source>
        <translation>実寸</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="220"/>
        <source>P&amp;aper:</source>
        <translation>用紙(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="223"/>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="225"/>
        <source>The size of the paper in the printer; the document is made again to fit it</source>
        <translation>プリンターの用紙のサイズ。用紙に合わせて文書を作り直します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="240"/>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="249"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDF で保存(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="251"/>
        <source>Keep a copy of the document as a PDF file</source>
        <translation>文書のコピーを PDF ファイルとして保存します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="257"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="259"/>
        <source>Close the preview without printing</source>
        <translation>印刷せずにプレビューを閉じます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="275"/>
        <source>Cannot show the document</source>
        <translation>文書を表示できません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="276"/>
        <source>The PDF could not be opened: {path}</source>
        <translation>PDF を開けませんでした: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="293"/>
        <source>Page {page} / {count}</source>
        <translation>ページ {page} / {count}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="333"/>
        <source>Save as PDF</source>
        <translation>PDF で保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="333"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="344"/>
        <source>Save failed</source>
        <translation>保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="345"/>
        <source>The PDF could not be saved to {path}: {error}</source>
        <translation>PDF を {path} に保存できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="353"/>
        <source>Saved to {path}</source>
        <translation>{path} に保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="366"/>
        <source>Not recorded</source>
        <translation>記録されていません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="367"/>
        <source>The audit trail could not be written: {error}</source>
        <translation>監査証跡に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="397"/>
        <source>Printing failed</source>
        <translation>印刷できませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="404"/>
        <source>1 page sent to the printer.</source>
        <translation>1 ページをプリンターに送りました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/print_preview.py" line="406"/>
        <source>{count} pages sent to the printer.</source>
        <translation>{count} ページをプリンターに送りました。</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <location filename="../../ui/views/question_page.py" line="104"/>
        <source>◀  Back</source>
        <translation>◀  戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="106"/>
        <source>Back one question</source>
        <translation>1問戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="107"/>
        <source>Backspace</source>
        <translation>Backspace キー</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="117"/>
        <source>Keys: the letter or number on a button answers; Backspace goes back.</source>
        <translation>キー操作：ボタンの英字・数字で回答、Backspace で戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="167"/>
        <source>from inventory</source>
        <translation>台帳から</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="172"/>
        <source>Change the answer the inventory gave to: {question}</source>
        <translation>台帳からの回答を変更：{question}</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="177"/>
        <source>Pre-filled from the inventory. Click to change this answer</source>
        <translation>台帳から自動入力された回答です。クリックすると変更できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="181"/>
        <source>Change the answer to: {question}</source>
        <translation>回答を変更：{question}</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="183"/>
        <source>Click to change this answer</source>
        <translation>クリックするとこの回答を変更できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="219"/>
        <source>Key: {key}</source>
        <translation>キー：{key}</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="237"/>
        <source>(earlier answer)</source>
        <translation>（前の回答）</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="237"/>
        <source>(from inventory)</source>
        <translation>（台帳から）</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/views/record_page.py" line="74"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="76"/>
        <source>Required: the name of the person who made this decision</source>
        <translation>必須：この判定を行った人の氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="78"/>
        <source>Your name (required)</source>
        <translation>氏名（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="81"/>
        <source>Your role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="83"/>
        <source>Required: your job, e.g. charge nurse; it is saved with the decision</source>
        <translation>必須：あなたの職種（例：リーダー看護師）。判定と一緒に保存されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="85"/>
        <source>Choose your role…</source>
        <translation>役割を選んでください…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="91"/>
        <source>Your role (required)</source>
        <translation>役割（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="94"/>
        <location filename="../../ui/views/record_page.py" line="105"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="96"/>
        <source>The ward or unit where the device is; choose one or type it</source>
        <translation>機器がある病棟・部署。選ぶか入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="106"/>
        <location filename="../../ui/views/record_page.py" line="110"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="108"/>
        <source>Optional: where the device is, e.g. room and bed</source>
        <translation>任意：機器のある場所（例：病室とベッド）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="113"/>
        <location filename="../../ui/views/record_page.py" line="120"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="115"/>
        <source>Optional: anything else to keep with the decision</source>
        <translation>任意：判定と一緒に残しておきたいその他の情報</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="123"/>
        <location filename="../../ui/views/record_page.py" line="129"/>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="125"/>
        <source>The open incident this decision belongs to, if any</source>
        <translation>この判定が属する対応中のインシデント（ある場合）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="144"/>
        <source>◀  Back to the result</source>
        <translation>◀  結果に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="146"/>
        <source>Back to the result</source>
        <translation>結果に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="147"/>
        <source>Go back to the class and its guidance; nothing is saved yet</source>
        <translation>分類とその対応の画面に戻ります。まだ何も保存されていません</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="153"/>
        <source>Print on paper (not saved)</source>
        <translation>紙に印刷(未保存)</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="155"/>
        <source>Print the unsaved decision on paper</source>
        <translation>保存されていない判定を紙に印刷</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="157"/>
        <source>Print this decision, marked NOT SAVED, to keep on paper until it can be saved</source>
        <translation>この判定を「未保存」と明記して印刷し、保存できるまで紙で保管します</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="163"/>
        <location filename="../../ui/views/record_page.py" line="165"/>
        <location filename="../../ui/views/record_page.py" line="242"/>
        <source>Save decision</source>
        <translation>判定を保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="166"/>
        <source>Save the decision with your name and role</source>
        <translation>氏名と役割を添えて判定を保存します</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="250"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="259"/>
        <source>{incident} (EXERCISE)</source>
        <translation>{incident}（訓練）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="295"/>
        <source>Not saved: {problem}</source>
        <translation>保存されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="304"/>
        <source>an unexpected error (see the log)</source>
        <translation>予期しないエラー。ログを確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="312"/>
        <source>Saved, not in the incident</source>
        <translation>保存しました（インシデントには含まれていません）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="316"/>
        <source>Enter your name before saving.</source>
        <translation>保存する前に氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="320"/>
        <source>Choose your role before saving.</source>
        <translation>保存する前に役割を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="344"/>
        <source>The decision was NOT saved ({reason}). Everything you typed is still here. Try again, or print it on paper.</source>
        <translation>判定は保存されていません({reason})。入力した内容はすべて残っています。もう一度試すか、紙に印刷してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="365"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="349"/>
        <source>Try again</source>
        <translation>もう一度保存</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="199"/>
        <source>3. Check the rows (nothing is written yet)</source>
        <translation>3. 行を確認する（まだ何も書き込んでいません）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="201"/>
        <source>What the import would do. Read the errors, then choose how to import.</source>
        <translation>取り込むとどうなるかを示します。エラーを確認してから、取り込み方を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="204"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="222"/>
        <source>Rows that cannot be imported, and why</source>
        <translation>取り込めない行とその理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="225"/>
        <source>Rows that can be imported but have something to look at</source>
        <translation>取り込めるが確認が必要な点がある行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="229"/>
        <source>Rows that cannot be imported</source>
        <translation>取り込めない行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="230"/>
        <source>Rows that can be imported but have something to check</source>
        <translation>取り込めるが確認すべき点がある行</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="231"/>
        <source>Problems in the file</source>
        <translation>ファイルの問題</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="231"/>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="239"/>
        <source>Row problems</source>
        <translation>行の問題</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="251"/>
        <source>&amp;All or nothing: import nothing while any row has an error</source>
        <translation>すべてか無しか(&amp;A)：エラーのある行が1つでもあれば何も取り込まない</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="255"/>
        <source>Import no device at all until every error in the file is fixed</source>
        <translation>ファイルのエラーがすべて修正されるまで、機器を1台も取り込みません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="258"/>
        <source>&amp;Skip the rows with errors and save them to a file to fix:</source>
        <translation>エラーのある行を除いて取り込み、その行を修正用のファイルに保存する(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="262"/>
        <source>Import the good rows now; the rows with errors go to the file below</source>
        <translation>問題のない行を今すぐ取り込みます。エラーのある行は下のファイルに保存されます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="271"/>
        <location filename="../../ui/dialogs/import_pages.py" line="326"/>
        <source>File for the rejected rows</source>
        <translation>取り込まなかった行のファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="273"/>
        <source>Where to save the rows with errors, to fix and import them later</source>
        <translation>エラーのある行を保存する場所（後で修正して取り込むため）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="275"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="277"/>
        <source>Pick the folder and name of the file for the rejected rows</source>
        <translation>取り込まなかった行を保存するファイルのフォルダーと名前を選びます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="298"/>
        <source>Of {total} rows: {new} new devices, {updated} updates, {rejected} rejected.</source>
        <translation>{total}行のうち：新規{new}台、更新{updated}台、取り込み不可{rejected}行。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="309"/>
        <source>Columns not imported: {columns}</source>
        <translation>取り込まない列：{columns}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="313"/>
        <source>Errors ({count})</source>
        <translation>エラー（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="314"/>
        <source>Warnings ({count})</source>
        <translation>警告（{count}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="343"/>
        <source>{count} rows have errors, so nothing would be imported. Fix them in the file and check again (Back), or choose to skip them.</source>
        <translation>{count}行にエラーがあるため、何も取り込まれません。ファイルを修正して確認し直す（戻る）か、エラーのある行を除くことを選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="348"/>
        <source>Choose a file for the rejected rows.</source>
        <translation>取り込まなかった行を保存するファイルを選んでください。</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="41"/>
        <source>Reset the password of {name}</source>
        <translation>{name} のパスワードをリセット</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="50"/>
        <source>{name} ({username}) gets a temporary password. It only lets them choose a new password, at their next sign-in. Tell it to them in person. Their signatures so far stay valid.</source>
        <translation>{name}（{username}）に仮パスワードを設定します。仮パスワードでは、次のサインイン時に新しいパスワードを決めることしかできません。本人に直接伝えてください。これまでの署名は有効なままです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="59"/>
        <source>Temporary password</source>
        <translation>仮パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="61"/>
        <source>A password the person uses once; they must then choose their own</source>
        <translation>本人が一度だけ使うパスワード。その後、本人が自分のパスワードを決めます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="65"/>
        <source>Repeat the temporary password</source>
        <translation>仮パスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="67"/>
        <source>Type the temporary password again, to be sure it is right</source>
        <translation>確認のため、仮パスワードをもう一度入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="69"/>
        <source>&amp;Temporary password:</source>
        <translation>仮パスワード(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="70"/>
        <source>&amp;Repeat:</source>
        <translation>確認(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="80"/>
        <source>Set temporary password</source>
        <translation>仮パスワードを設定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="84"/>
        <source>Replace the person&apos;s password with this temporary one</source>
        <translation>この人のパスワードをこの仮パスワードに置き換えます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="95"/>
        <source>The two passwords differ. Type them again.</source>
        <translation>2つのパスワードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="106"/>
        <source>Not reset: {problem}</source>
        <translation>リセットされていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/reset_password_dialog.py" line="110"/>
        <source>Not reset: the database could not be written.</source>
        <translation>リセットされていません：データベースに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/views/result_page.py" line="62"/>
        <source>Contain now</source>
        <translation>今すぐ封じ込め</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="63"/>
        <source>Eradicate</source>
        <translation>根絶</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="64"/>
        <source>Recover</source>
        <translation>復旧</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="65"/>
        <source>Who decides</source>
        <translation>判断する人</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="79"/>
        <source>Why: the answers that decided</source>
        <translation>理由：判定の根拠となった回答</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="87"/>
        <source>◀  Change answers</source>
        <translation>◀  回答を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="89"/>
        <source>Change answers</source>
        <translation>回答を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="90"/>
        <source>Go back to the questions to change an answer</source>
        <translation>質問に戻って回答を変更します</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="96"/>
        <source>Record decision  ▶</source>
        <translation>判定を記録  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="98"/>
        <source>Record decision</source>
        <translation>判定を記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="99"/>
        <source>Go on to record who made this decision and save it</source>
        <translation>次に進み、この判定を行った人を記録して保存します</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="124"/>
        <source>Also matches: {classes}</source>
        <translation>ほかに該当：{classes}</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="128"/>
        <source>(from inventory)</source>
        <translation>（台帳から）</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../../ui/views/saved_page.py" line="66"/>
        <source>What to do now</source>
        <translation>今すべきこと</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="76"/>
        <source>Resolve unknown answers…</source>
        <translation>「わからない」の回答を確かめる…</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="78"/>
        <source>Resolve unknown answers</source>
        <translation>「わからない」の回答を確かめる</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="80"/>
        <source>Answer the unknown questions again; a new version of this decision is saved</source>
        <translation>「わからない」と答えた質問にもう一度答えます。この判定の新しい版が保存されます</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="86"/>
        <source>&amp;Print this decision…</source>
        <translation>この判定を印刷(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="88"/>
        <source>Print this decision</source>
        <translation>この判定を印刷</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="90"/>
        <source>Preview the decision record, then print it or save it as a PDF</source>
        <translation>判定の記録をプレビューしてから、印刷するか PDF で保存します</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="97"/>
        <source>Start a new triage  ▶</source>
        <translation>新しいトリアージを始める  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="99"/>
        <source>Start a new triage</source>
        <translation>新しいトリアージを始める</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="100"/>
        <source>Start again with the next device</source>
        <translation>次の機器について最初から始めます</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="115"/>
        <source>✔  Saved as a new version</source>
        <translation>✔  新しい版として保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="117"/>
        <source>✔  Saved</source>
        <translation>✔  保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="120"/>
        <source>Saved at: {time}</source>
        <translation>保存日時：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="121"/>
        <source>Decision id: {id}</source>
        <translation>判定ID：{id}</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="124"/>
        <source>Unit: {unit}</source>
        <translation>部署：{unit}</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="126"/>
        <source>Incident: {incident}</source>
        <translation>インシデント：{incident}</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="135"/>
        <source>Replaces decision {id} (kept, shown as replaced).</source>
        <translation>判定 {id} を置き換えます（元の判定は「置き換え済み」として残ります）。</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="140"/>
        <source>PROVISIONAL — resolve the unknown answers and triage again.</source>
        <translation>暫定 — 不明な点を確認して、もう一度トリアージしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="147"/>
        <source>Who decides: {who}</source>
        <translation>判断する人：{who}</translation>
    </message>
</context>
<context>
    <name>SbomDialog</name>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="276"/>
        <source>Software components (SBOM)</source>
        <translation>ソフトウェア部品 (SBOM)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="289"/>
        <source>Find affected devices</source>
        <translation>影響を受ける機器を探す</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="290"/>
        <source>Attach an SBOM</source>
        <translation>SBOM を登録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="292"/>
        <source>Find the devices whose software contains a vulnerable component</source>
        <translation>脆弱性のある部品をソフトウェアに含む機器を探します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="294"/>
        <source>Keep a device model&apos;s software list (SBOM file)</source>
        <translation>機種のソフトウェア部品表（SBOM ファイル）を登録します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="297"/>
        <source>Software lists</source>
        <translation>ソフトウェア部品表</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="298"/>
        <source>Find affected devices, or attach an SBOM to a device model</source>
        <translation>影響を受ける機器を探すか、機種に SBOM を登録します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="303"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_dialog.py" line="305"/>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
</context>
<context>
    <name>SbomFind</name>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="48"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="49"/>
        <source>Model</source>
        <translation>機種</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="50"/>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="51"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="52"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="53"/>
        <source>Component</source>
        <translation>部品</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="54"/>
        <source>Component version</source>
        <translation>部品のバージョン</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="55"/>
        <source>Status</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="66"/>
        <source>Version unknown — may be affected</source>
        <translation>バージョン不明 — 影響の可能性あり</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="68"/>
        <source>Affected: the version matches</source>
        <translation>影響あり: バージョンが該当</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="69"/>
        <source>Carries it</source>
        <translation>この部品あり</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/sbom_find.py" line="121"/>
        <source>not stated</source>
        <translation>記載なし</translation>
    </message>
</context>
<context>
    <name>ScopeDialog</name>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="61"/>
        <source>Scope by composition — {ref}</source>
        <translation>構成から影響範囲を追加 — {ref}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="74"/>
        <source>Find the devices that share a model, firmware or software component with a device already in this incident. Untick any that are not affected, then add them.</source>
        <translation>このインシデントにすでに含まれている機器と、機種、ファームウェア、またはソフトウェア部品が共通する機器を探します。影響を受けない機器のチェックを外してから追加してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="83"/>
        <source>Device already in the incident</source>
        <translation>インシデントに含まれている機器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="85"/>
        <source>The affected device whose look-alikes you want to find</source>
        <translation>同様の機器を探す基準となる、影響を受けた機器</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="95"/>
        <source>&amp;Device:</source>
        <translation>機器(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="101"/>
        <source>Find the devices of the same model</source>
        <translation>同じ機種の機器を探します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="102"/>
        <source>Find the devices of the same model running the same firmware</source>
        <translation>同じ機種で同じファームウェアが動いている機器を探します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="103"/>
        <source>Find the devices whose software contains a component</source>
        <translation>ソフトウェアに特定の部品を含む機器を探します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="106"/>
        <source>Same &amp;model</source>
        <translation>同じ機種(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="107"/>
        <source>Same model and &amp;firmware</source>
        <translation>同じ機種とファームウェア(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="108"/>
        <source>A software &amp;component</source>
        <translation>ソフトウェア部品(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="119"/>
        <source>Find devices with:</source>
        <translation>検索の条件：</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="123"/>
        <source>Component name</source>
        <translation>部品名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="125"/>
        <source>The software component to look for, e.g. openssl; choose or type it</source>
        <translation>探すソフトウェア部品（例：openssl）。選ぶか入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="132"/>
        <source>Component version</source>
        <translation>部品のバージョン</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="133"/>
        <source>optional, e.g. 1.1.1 or &lt;=1.1.1k</source>
        <translation>任意。例：1.1.1、&lt;=1.1.1k</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="134"/>
        <source>Compo&amp;nent:</source>
        <translation>部品(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="135"/>
        <source>&amp;Version:</source>
        <translation>バージョン(&amp;V):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="140"/>
        <source>&amp;Find devices</source>
        <translation>機器を検索(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="143"/>
        <source>List the inventory&apos;s devices that match, to tick and add</source>
        <translation>条件に合う台帳の機器を一覧にします。チェックを入れて追加できます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="151"/>
        <source>Devices found (tick with Space)</source>
        <translation>見つかった機器（Space キーでチェック）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="153"/>
        <source>The devices that match; tick those to add to the incident with Space</source>
        <translation>条件に合う機器。インシデントに追加する機器を Space キーでチェックしてください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="164"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="168"/>
        <source>Add devices</source>
        <translation>機器を追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="172"/>
        <source>Add the ticked devices to the incident</source>
        <translation>チェックした機器をインシデントに追加します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="243"/>
        <source>Add a device to the incident first, then scope from it.</source>
        <translation>先にインシデントに機器を追加し、その機器から影響範囲を広げてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="257"/>
        <source>the inventory could not be read</source>
        <translation>台帳を読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="258"/>
        <source>Nothing found: {problem}</source>
        <translation>見つかりませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="275"/>
        <source>{count} found ({reason}).</source>
        <translation>{count}台見つかりました（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="279"/>
        <source>No other devices found ({reason}).</source>
        <translation>ほかの機器は見つかりませんでした（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/scope_dialog.py" line="300"/>
        <source>Add {count} devices</source>
        <translation>{count}台を追加</translation>
    </message>
</context>
<context>
    <name>SessionControl</name>
    <message>
        <location filename="../../ui/widgets/session_control.py" line="37"/>
        <source>Change my password…</source>
        <translation>パスワードを変更…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_control.py" line="40"/>
        <source>Manage accounts…</source>
        <translation>アカウント管理…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_control.py" line="55"/>
        <source>Sign out ({name})</source>
        <translation>サインアウト（{name}）</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_control.py" line="57"/>
        <source>Signed in: {name} ({username}), {roles}. Click to sign out.</source>
        <translation>サインイン中：{name}（{username}）、{roles}。クリックでサインアウトします。</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_control.py" line="68"/>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/session_control.py" line="69"/>
        <source>Sign in to sign decisions off, change settings or manage accounts</source>
        <translation>判定の承認、設定の変更、アカウント管理にはサインインが必要です</translation>
    </message>
</context>
<context>
    <name>SetStateDialog</name>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="203"/>
        <source>Set the state of {count} device(s)</source>
        <translation>{count}台の状態を設定</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="209"/>
        <source>Devices: {tags}</source>
        <translation>機器：{tags}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="214"/>
        <source>New state</source>
        <translation>新しい状態</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="216"/>
        <source>What is now true of the devices, e.g. isolated from the network or restored</source>
        <translation>機器の現在の状態（例：ネットワークから隔離済み、復旧済み）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="224"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="226"/>
        <source>Optional: anything to keep with the change of state</source>
        <translation>任意：状態の変更と一緒に残しておきたいこと</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="232"/>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="233"/>
        <source>&amp;Note (optional):</source>
        <translation>メモ（任意）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="245"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="248"/>
        <source>Save state</source>
        <translation>状態を保存</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="252"/>
        <source>Record the new state of these devices on the incident&apos;s timeline</source>
        <translation>これらの機器の新しい状態をインシデントのタイムラインに記録します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/incident_decision_dialogs.py" line="273"/>
        <source>{done} device(s) saved; {tag} and the ones after it: {problem}</source>
        <translation>{done}台を保存しました。{tag} 以降は保存されていません：{problem}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/signin_dialog.py" line="115"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="74"/>
        <source>Sign in to sign decisions off, to change settings or to manage accounts. Triage and recording a decision never need it.</source>
        <translation>判定の承認（署名）、設定の変更、アカウント管理にはサインインが必要です。トリアージと判定の記録にサインインは不要です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="85"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="86"/>
        <source>The user name of your MDIR Desk account, e.g. a.sato</source>
        <translation>MDIR Desk アカウントのユーザー名（例：a.sato）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="90"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="92"/>
        <source>Your password; it is never shown while you type</source>
        <translation>あなたのパスワード。入力中も表示されません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="94"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="95"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="104"/>
        <source>Change my password…</source>
        <translation>パスワードを変更…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="107"/>
        <source>Choose a new password for your account, then sign in</source>
        <translation>アカウントの新しいパスワードを決めてからサインインします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="119"/>
        <source>Check the user name and password and sign in</source>
        <translation>ユーザー名とパスワードを確認してサインインします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="127"/>
        <source>No accounts yet</source>
        <translation>アカウントがまだありません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="133"/>
        <source>This database has no accounts. Create the administrator account first.</source>
        <translation>このデータベースにはアカウントがありません。まず管理者アカウントを作成してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="137"/>
        <source>Create the first administrator account…</source>
        <translation>最初の管理者アカウントを作成…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="140"/>
        <source>Make the administrator account that can then add everyone else&apos;s</source>
        <translation>管理者アカウントを作成します。その後、このアカウントでほかの全員のアカウントを追加できます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="146"/>
        <source>Choose a new password</source>
        <translation>新しいパスワードを決める</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="151"/>
        <source>Type your current (or temporary) password above, then the new one.</source>
        <translation>上に現在の（または仮の）パスワードを、下に新しいパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="155"/>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="157"/>
        <source>The new password you want, at least 8 characters</source>
        <translation>新しいパスワード（8文字以上）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="161"/>
        <source>Repeat the new password</source>
        <translation>新しいパスワード（確認）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="163"/>
        <source>Type the new password again, to be sure it has no typing error</source>
        <translation>入力ミスがないことを確かめるため、新しいパスワードをもう一度入力してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="165"/>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="166"/>
        <source>&amp;Repeat new password:</source>
        <translation>新しいパスワード（確認）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="168"/>
        <source>Change password and sign in</source>
        <translation>パスワードを変更してサインイン</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="171"/>
        <source>Save the new password and sign in with it</source>
        <translation>新しいパスワードを保存し、そのパスワードでサインインします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="196"/>
        <source>Account created. Sign in with its password.</source>
        <translation>アカウントを作成しました。そのパスワードでサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="211"/>
        <source>Enter your user name and your password.</source>
        <translation>ユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="222"/>
        <source>Not signed in: the database could not be read.</source>
        <translation>サインインできません：データベースを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="229"/>
        <source>Your password must be changed before you sign in: {problem}</source>
        <translation>サインインの前にパスワードの変更が必要です：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="235"/>
        <source>Not signed in: {problem}</source>
        <translation>サインインできません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="243"/>
        <source>Enter your user name and your current password above.</source>
        <translation>上にユーザー名と現在のパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="247"/>
        <source>The two new passwords differ. Type them again.</source>
        <translation>2つの新しいパスワードが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="258"/>
        <source>Password not changed: {problem}</source>
        <translation>パスワードは変更されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signin_dialog.py" line="264"/>
        <source>Password not changed: the database could not be written.</source>
        <translation>パスワードは変更されていません：データベースに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>SignInSession</name>
    <message>
        <location filename="../../ui/session.py" line="97"/>
        <source>You were signed out after {minutes} minutes without activity.</source>
        <translation>{minutes} 分間操作がなかったため、サインアウトしました。</translation>
    </message>
    <message>
        <location filename="../../ui/session.py" line="100"/>
        <source>You are signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
</context>
<context>
    <name>SignatureText</name>
    <message>
        <location filename="../../ui/signature_text.py" line="32"/>
        <source>Awaiting sign-off</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="33"/>
        <source>Approved (signed off)</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="34"/>
        <source>Rejected: a new version is needed</source>
        <translation>却下：新しい版が必要です</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="36"/>
        <source>Replaced by a newer version</source>
        <translation>新しい版に置き換え済み</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="42"/>
        <source>Awaiting</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="43"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="44"/>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="46"/>
        <source>Replaced</source>
        <translation>置き換え済み</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="58"/>
        <source>{meaning} — {name}, {role} — {time}</source>
        <translation>{meaning} — {name}（{role}） — 署名日時 {time}</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="70"/>
        <source>NOT VALID: {problem}</source>
        <translation>無効な署名：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="75"/>
        <source>Accepted the unknown answers</source>
        <translation>「わからない」の回答を受け入れて承認</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="78"/>
        <source>Reason: {reason}</source>
        <translation>理由：{reason}</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="80"/>
        <source>user {username} · workstation {workstation}</source>
        <translation>ユーザー {username} · 端末 {workstation}</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="97"/>
        <source>No signatures on this version.</source>
        <translation>この版に署名はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="104"/>
        <source>Version {number} of {count}</source>
        <translation>第 {number} 版（全 {count} 版）</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="108"/>
        <source>replaced by {id}</source>
        <translation>{id} に置き換え済み</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="112"/>
        <source>the current version</source>
        <translation>現在の版</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="114"/>
        <source>(shown above)</source>
        <translation>（上に表示中）</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="121"/>
        <source>Sign-off and signatures</source>
        <translation>承認と署名</translation>
    </message>
    <message>
        <location filename="../../ui/signature_text.py" line="127"/>
        <source>{cls}, recorded {time}, id {id}</source>
        <translation>{cls}、記録 {time}、ID {id}</translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="68"/>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="163"/>
        <source>Sign: {meaning}</source>
        <translation>署名：{meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="77"/>
        <source>{subject} · recorded {time} · decision {id}</source>
        <translation>{subject} · 記録 {time} · 判定 {id}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="89"/>
        <source>PROVISIONAL: at least one answer was unknown. Resolve it as a new version, or approve this result as it is by accepting the unknown answers.</source>
        <translation>暫定：「わからない」の回答があります。新しい版として解消するか、「わからない」の回答を受け入れてこの結果のまま承認してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="96"/>
        <source>Meaning of your signature: {meaning}</source>
        <translation>署名の意味：{meaning}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="106"/>
        <source>Accept the unknown answers (approve the provisional result as it is)</source>
        <translation>「わからない」の回答を受け入れる（暫定の結果のまま承認）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="109"/>
        <source>Accept the unknown answers</source>
        <translation>「わからない」の回答を受け入れる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="111"/>
        <source>Tick to approve the provisional class although some answers are unknown</source>
        <translation>「わからない」の回答があっても暫定の分類を承認する場合は、チェックを入れます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="119"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="121"/>
        <source>Why you sign this way; it is kept with your signature</source>
        <translation>この署名をする理由。署名と一緒に保存されます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="132"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="133"/>
        <source>Your user name: the signature is made in your name</source>
        <translation>あなたのユーザー名。署名はあなたの名前で行われます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="138"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="140"/>
        <source>Your password again, to confirm that you are signing</source>
        <translation>署名するのが本人であることを確認するため、もう一度入力するパスワード</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="142"/>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="143"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="150"/>
        <source>Sign &amp;in again…</source>
        <translation>もう一度サインイン(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="153"/>
        <source>Your session ended: sign in again to sign this decision</source>
        <translation>サインアウトされました：この判定に署名するには、もう一度サインインしてください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="159"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="167"/>
        <source>Sign the decision with this meaning; a signature cannot be undone</source>
        <translation>この意味で判定に署名します。署名は取り消せません</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="195"/>
        <source>Nothing was signed. What you wrote stays here; sign in again to sign (your password is asked again).</source>
        <translation>署名されていません。入力した内容はこのまま残っています。署名するにはもう一度サインインしてください（パスワードも再度入力します）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="202"/>
        <source>{name} is signed in now, but this signature was started by {username}. Cancel, then open it again from the queue.</source>
        <translation>現在 {name} がサインインしていますが、この署名は {username} が始めたものです。キャンセルしてから、承認待ちの一覧からもう一度開いてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="222"/>
        <source>Signed in again. Type your password to sign.</source>
        <translation>再度サインインしました。署名するにはパスワードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="239"/>
        <source>Sign in again to sign this decision.</source>
        <translation>この判定に署名するには、もう一度サインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="246"/>
        <source>&amp;Reason (required):</source>
        <translation>理由（必須）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="248"/>
        <source>&amp;Reason (required to accept unknown answers):</source>
        <translation>理由（「わからない」を受け入れる場合は必須）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="249"/>
        <source>&amp;Reason (optional):</source>
        <translation>理由（任意）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="261"/>
        <source>A rejection needs a reason: write why in the Reason field.</source>
        <translation>却下には理由が必要です：理由欄に記入してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="266"/>
        <source>This decision is provisional. To approve it as it is, tick “Accept the unknown answers” and give a reason; otherwise resolve the unknown answers first.</source>
        <translation>この判定は暫定です。このまま承認するには「「わからない」の回答を受け入れる」にチェックを入れて理由を記入してください。そうでなければ、先に「わからない」の回答を解消してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="271"/>
        <source>Accepting unknown answers needs a reason: write why.</source>
        <translation>「わからない」の回答を受け入れるには理由が必要です。理由を記入してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="275"/>
        <source>The reason is too long (at most {count} characters).</source>
        <translation>理由が長すぎます（{count} 文字まで）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="278"/>
        <source>Enter your user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="280"/>
        <source>Enter your password: every signature asks for it again.</source>
        <translation>パスワードを入力してください：署名のたびに入力が必要です。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="312"/>
        <source>Not signed: {problem}</source>
        <translation>署名されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="318"/>
        <source>Not signed: the database could not be written.</source>
        <translation>署名されていません：データベースに書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="326"/>
        <source>Signed. {manifestation}</source>
        <translation>署名しました。{manifestation}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="335"/>
        <location filename="../../ui/dialogs/signoff_dialog.py" line="336"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SignoffQueueModel</name>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="28"/>
        <source>Unknown device</source>
        <translation>不明な機器</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="29"/>
        <source>EXERCISE</source>
        <translation>訓練</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="35"/>
        <source>not signed in (name as typed)</source>
        <translation>サインインなし（入力された名前）</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="53"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="54"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="55"/>
        <source>Provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="56"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="57"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="58"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/models/signoff_queue_model.py" line="85"/>
        <source>PROVISIONAL</source>
        <translation>暫定</translation>
    </message>
</context>
<context>
    <name>SignoffView</name>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="57"/>
        <source>Decisions awaiting your sign-off</source>
        <translation>あなたの承認を待つ判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="61"/>
        <source>&amp;Order:</source>
        <translation>並び順(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="65"/>
        <source>Order of the queue</source>
        <translation>承認待ちの並び順</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="67"/>
        <source>Show the oldest decisions first, or the highest class first</source>
        <translation>古い判定から、または分類の高い判定から表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="69"/>
        <source>Oldest first</source>
        <translation>古い順</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="70"/>
        <source>Highest class first</source>
        <translation>分類の高い順</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="96"/>
        <source>Sign in to see the decisions awaiting sign-off by your roles. Triage and recording a decision never need sign-in.</source>
        <translation>あなたの役割で承認すべき判定を見るにはサインインしてください。トリアージと判定の記録にサインインは不要です。</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="102"/>
        <source>&amp;Sign in…</source>
        <translation>サインイン(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="104"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="105"/>
        <source>Sign in to see and sign the decisions waiting for you</source>
        <translation>サインインすると、あなたの承認を待つ判定を確認して署名できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="119"/>
        <source>Decisions awaiting sign-off</source>
        <translation>承認待ちの判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="121"/>
        <source>Decisions still to be signed; choose one to read and sign it</source>
        <translation>まだ署名されていない判定。1つ選ぶと内容を確認して署名できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="131"/>
        <source>The selected decision</source>
        <translation>選択した判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="133"/>
        <source>What was decided for the chosen decision, and by whom, to read before signing</source>
        <translation>選択した判定の内容と判定した人。署名の前に確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="141"/>
        <source>&amp;Approve…</source>
        <translation>承認(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="141"/>
        <source>Approve this decision (signed)</source>
        <translation>この判定を承認します（署名）</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="142"/>
        <source>&amp;Reject…</source>
        <translation>却下(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="142"/>
        <source>Reject it: a new version will be needed</source>
        <translation>却下します：新しい版が必要になります</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="143"/>
        <source>Sign that you reviewed it</source>
        <translation>確認したことを署名します</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="143"/>
        <source>Revie&amp;w…</source>
        <translation>確認(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="144"/>
        <source>&amp;Verify…</source>
        <translation>検証(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="144"/>
        <source>Sign that biomed / IT verified it</source>
        <translation>臨床工学・ITが検証したことを署名します</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="194"/>
        <source>The sign-off queue could not be read.</source>
        <translation>承認待ちの一覧を読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="211"/>
        <source>{count} decision(s) await a role you have ({roles}).</source>
        <translation>あなたの役割（{roles}）の承認を待つ判定が {count} 件あります。</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="215"/>
        <source>Nothing awaits sign-off by your roles ({roles}).</source>
        <translation>あなたの役割（{roles}）で承認を待つ判定はありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="253"/>
        <source>PROVISIONAL: at least one answer was unknown</source>
        <translation>暫定：「わからない」の回答があります</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="258"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="262"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="263"/>
        <source>Recorded</source>
        <translation>記録日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="264"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="265"/>
        <source>Decision id</source>
        <translation>判定ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="267"/>
        <source>Answers that decided</source>
        <translation>判定の根拠となった回答</translation>
    </message>
    <message>
        <location filename="../../ui/views/signoff_view.py" line="277"/>
        <source>Signatures so far</source>
        <translation>これまでの署名</translation>
    </message>
</context>
<context>
    <name>Spoken</name>
    <message>
        <location filename="../../ui/widgets/spoken.py" line="21"/>
        <source>Scroll tabs left</source>
        <translation>タブを左へスクロール</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spoken.py" line="22"/>
        <source>Show the tabs hidden on the left</source>
        <translation>左側に隠れているタブを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spoken.py" line="25"/>
        <source>Scroll tabs right</source>
        <translation>タブを右へスクロール</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spoken.py" line="26"/>
        <source>Show the tabs hidden on the right</source>
        <translation>右側に隠れているタブを表示します</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spoken.py" line="39"/>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/spoken.py" line="40"/>
        <source>Empty this field</source>
        <translation>この欄を空にします</translation>
    </message>
</context>
<context>
    <name>Strings</name>
    <message>
        <location filename="../../ui/strings.py" line="46"/>
        <source>Vendor</source>
        <translation>メーカー・保守業者</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="47"/>
        <source>Regulator</source>
        <translation>行政・規制当局</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="48"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="57"/>
        <source>Class {number} — {name}</source>
        <translation>分類 {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="63"/>
        <source>{number} · {short}</source>
        <translation>{number} · {short}</translation>
    </message>
</context>
<context>
    <name>TierEditor</name>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="48"/>
        <source>Tier {tier}</source>
        <translation>第{tier}段階</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="60"/>
        <source>Wait before calling the next tier:</source>
        <translation>次の段階に連絡するまでの待ち時間：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="66"/>
        <source>Tier {tier}: minutes to wait for an answer</source>
        <translation>第{tier}段階：応答を待つ分数</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="69"/>
        <source>If nobody in this tier answers within these minutes, call the next tier</source>
        <translation>この分数以内にこの段階の誰からも応答がなければ、次の段階に連絡します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="72"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="81"/>
        <source>Call this tier for:</source>
        <translation>この段階に連絡するとき：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="88"/>
        <source>Lowest class that calls this tier</source>
        <translation>この段階に連絡する最も低い分類</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="90"/>
        <source>A decision of this class, from 1 to 7, or higher calls this tier</source>
        <translation>この分類（1〜7）以上の判定で、この段階に連絡します</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="97"/>
        <source>a decision of this class or higher:</source>
        <translation>この分類以上の判定：</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="103"/>
        <source>Tick to call this tier in this situation</source>
        <translation>この状況でこの段階に連絡する場合は、チェックを入れます</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="117"/>
        <source>Save tier {tier}</source>
        <translation>第{tier}段階を保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/contacts/escalation_editor.py" line="119"/>
        <source>Save the waiting time and situations of this tier</source>
        <translation>この段階の待ち時間と連絡する状況を保存します</translation>
    </message>
</context>
<context>
    <name>TimelineEntryDialog</name>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="63"/>
        <source>Add a timeline entry</source>
        <translation>タイムラインに記入</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="72"/>
        <source>Write down a notable activity or decision: what happened, when and by whom. Entries cannot be changed later; add another entry to correct one.</source>
        <translation>主な活動や決定事項を記入します：何が、いつ、誰によって行われたか。記入した内容は後から変更できません。訂正するには新しく記入してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="80"/>
        <source>When it happened</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="82"/>
        <source>The date and time of what you note; now unless you change it</source>
        <translation>記入する出来事の日時。変更しなければ現在の日時になります</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="88"/>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="90"/>
        <source>optional, e.g. Incident Commander, charge nurse ICU</source>
        <translation>任意。例：インシデント指揮者、ICUのリーダー看護師</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="99"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="101"/>
        <source>Required: what happened or was decided, in a few words</source>
        <translation>必須：起きたことや決まったことを簡潔に</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="106"/>
        <source>&amp;When:</source>
        <translation>日時(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="107"/>
        <source>&amp;Position:</source>
        <translation>職位(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="108"/>
        <source>W&amp;hat happened:</source>
        <translation>内容(&amp;H):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="116"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="119"/>
        <source>Add entry</source>
        <translation>記入を追加</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/timeline_entry_dialog.py" line="123"/>
        <source>Add this entry to the incident&apos;s timeline</source>
        <translation>この記入内容をインシデントのタイムラインに追加します</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="56"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="57"/>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="58"/>
        <source>Position</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="59"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="60"/>
        <source>Source</source>
        <translation>記録元</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="84"/>
        <source>Written entry</source>
        <translation>手入力</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="85"/>
        <source>Audit trail</source>
        <translation>監査証跡</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="116"/>
        <source>The incident&apos;s timeline</source>
        <translation>インシデントのタイムライン</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="118"/>
        <source>What happened in this incident and who noted it, oldest first</source>
        <translation>このインシデントで起きたことと記録した人（古い順）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="134"/>
        <source>Source: &quot;Audit trail&quot; rows are what the program recorded; &quot;Written entry&quot; rows (shaded) were written by hand.</source>
        <translation>記録元：「監査証跡」の行はプログラムが記録したもの、「手入力」の行（網掛け）は人が記入したものです。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="145"/>
        <source>&amp;Person:</source>
        <translation>担当者(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="149"/>
        <source>Show the timeline of one person</source>
        <translation>1人の担当者のタイムラインを表示</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="151"/>
        <source>Show only what one person did or noted, or everyone&apos;s entries</source>
        <translation>1人の担当者が行ったことや記入したことだけ、または全員の記録を表示します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="161"/>
        <source>&amp;Add entry…</source>
        <translation>記入を追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="163"/>
        <source>Write down an activity or decision with its time</source>
        <translation>活動や決定事項を日時とともに記入します</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="169"/>
        <source>P&amp;rint HICS 214…</source>
        <translation>HICS 214 を印刷(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="171"/>
        <source>The activity log (HICS 214) of the whole incident, or of the person chosen</source>
        <translation>インシデント全体、または選んだ担当者の HICS 214 活動記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="190"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="220"/>
        <source>The timeline could not be read.</source>
        <translation>タイムラインを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="228"/>
        <source>Entries by {person}: {count} ({manual} written by hand)</source>
        <translation>{person} の記録：{count}件（うち手入力{manual}件）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="230"/>
        <source>Entries: {count} ({manual} written by hand)</source>
        <translation>記録：{count}件（うち手入力{manual}件）</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="235"/>
        <source>Nothing on this timeline yet.</source>
        <translation>このタイムラインにはまだ記録がありません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/incidents/timeline_tab.py" line="264"/>
        <source>Entry added to the timeline.</source>
        <translation>タイムラインに記入しました。</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="256"/>
        <source>Hand evidence over</source>
        <translation>証拠の引き渡し</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="258"/>
        <source>{file} (SHA-256 {sha}) is now held by {holder} at {location}. Record who hands it to whom, why, and where it will be kept.</source>
        <translation>{file}（SHA-256 {sha}）は現在、{holder} が {location} で保管しています。誰が誰に引き渡すか、その理由、引き渡し後の保管場所を記録してください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="275"/>
        <source>Handed over by</source>
        <translation>渡す人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="276"/>
        <source>The person who has the evidence now and hands it over</source>
        <translation>現在証拠を持っていて、引き渡す人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="279"/>
        <source>Received by</source>
        <translation>受け取る人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="280"/>
        <source>required: the person receiving it</source>
        <translation>必須：受け取る人</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="281"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="282"/>
        <source>required, e.g. forensic imaging by vendor</source>
        <translation>必須。例：メーカーによるフォレンジック用イメージの取得</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="283"/>
        <source>Kept at afterwards</source>
        <translation>引き渡し後の保管場所</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="284"/>
        <source>optional: where it will be kept</source>
        <translation>任意：保管する場所</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="285"/>
        <source>&amp;From:</source>
        <translation>渡す人(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="286"/>
        <source>&amp;To:</source>
        <translation>受け取る人(&amp;T):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="287"/>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="288"/>
        <source>&amp;Kept at:</source>
        <translation>保管場所(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="290"/>
        <source>Record hand-over</source>
        <translation>引き渡しを記録</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="292"/>
        <source>Add this hand-over to the evidence&apos;s chain of custody</source>
        <translation>この引き渡しを証拠の保管の連鎖に追加します</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/views/triage_view.py" line="172"/>
        <source>A new version of the decision of {time}</source>
        <translation>{time} の判定の新しい版</translation>
    </message>
    <message>
        <location filename="../../ui/views/triage_view.py" line="212"/>
        <source>resolving the unknown answers of the decision of {time}</source>
        <translation>{time} の判定の「わからない」の回答を確認中</translation>
    </message>
    <message>
        <location filename="../../ui/views/triage_view.py" line="224"/>
        <source>Device not in the inventory: {kind}</source>
        <translation>台帳にない機器：{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/triage_view.py" line="227"/>
        <source>Unknown device</source>
        <translation>不明な機器</translation>
    </message>
</context>
<context>
    <name>UnitsField</name>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="85"/>
        <source>Units affected (tick with Space)</source>
        <translation>影響を受けた部署（Space キーでチェック）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="87"/>
        <source>The inventory&apos;s units; tick each unit the incident affects with Space</source>
        <translation>台帳にある部署。インシデントの影響を受けた部署を、それぞれ Space キーでチェックしてください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="106"/>
        <location filename="../../ui/dialogs/new_incident_dialog.py" line="107"/>
        <source>Other units, separated by commas</source>
        <translation>ほかの部署（読点またはカンマで区切る）</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="34"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="35"/>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="36"/>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="37"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="38"/>
        <source>Locked</source>
        <translation>ロック</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="39"/>
        <source>Must change password</source>
        <translation>パスワード変更が必要</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="55"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="55"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="63"/>
        <source>no (deactivated)</source>
        <translation>いいえ（無効化済み）</translation>
    </message>
    <message>
        <location filename="../../ui/models/user_table_model.py" line="65"/>
        <source>LOCKED</source>
        <translation>ロック中</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="42"/>
        <location filename="../../ui/dialogs/users_dialog.py" line="55"/>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="58"/>
        <source>One row per account: user name, full name, roles and status</source>
        <translation>1行に1アカウント：ユーザー名、氏名、役割、状態</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="67"/>
        <source>&amp;Sign in as an administrator…</source>
        <translation>管理者としてサインイン(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="70"/>
        <source>Only an administrator can change accounts: sign in as one</source>
        <translation>アカウントを変更できるのは管理者だけです。管理者としてサインインしてください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="78"/>
        <source>&amp;Add account…</source>
        <translation>アカウントを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="81"/>
        <source>Make an account for another person</source>
        <translation>ほかの人のアカウントを作成します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="84"/>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="87"/>
        <source>Let the chosen account sign in again after too many wrong passwords</source>
        <translation>パスワードを何度も間違えてロックされた、選択したアカウントが再びサインインできるようにします</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="90"/>
        <source>&amp;Reset password…</source>
        <translation>パスワードをリセット(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="93"/>
        <source>Give the chosen account a temporary password</source>
        <translation>選択したアカウントに仮パスワードを設定します</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="96"/>
        <source>&amp;Deactivate…</source>
        <translation>無効化(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="99"/>
        <source>Stop the chosen account from signing in; its signatures are kept</source>
        <translation>選択したアカウントをサインインできないようにします。これまでの署名は残ります</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="107"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="107"/>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="126"/>
        <source>The accounts could not be read.</source>
        <translation>アカウントを読み込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="134"/>
        <source>Signed in as administrator: {name} ({username})</source>
        <translation>管理者としてサインイン中：{name}（{username}）</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="138"/>
        <source>Only an administrator signed in to this window can change accounts.</source>
        <translation>アカウントを変更できるのは、このウィンドウにサインインした管理者だけです。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="160"/>
        <source>Sign in again as an administrator to change accounts.</source>
        <translation>アカウントを変更するには、もう一度管理者としてサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="180"/>
        <source>Signed in again as {username}.</source>
        <translation>{username} として再度サインインしました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="192"/>
        <source>Sign in as an administrator to change accounts.</source>
        <translation>アカウントを変更するには、管理者としてサインインしてください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="209"/>
        <source>Account {username} created.</source>
        <translation>アカウント {username} を作成しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="227"/>
        <source>Temporary password set for {username}; they must choose a new one when they next sign in.</source>
        <translation>{username} に仮パスワードを設定しました。次のサインイン時に新しいパスワードを決める必要があります。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="235"/>
        <source>{username} is unlocked and can sign in again.</source>
        <translation>{username} のロックを解除しました。再びサインインできます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="241"/>
        <source>Deactivate the account {username} ({name})? They can no longer sign in or sign. Their signatures so far stay valid, and the user name is never given to anyone else.</source>
        <translation>アカウント {username}（{name}）を無効化しますか？ サインインも署名もできなくなります。これまでの署名は有効なままで、このユーザー名がほかの人に使われることはありません。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="246"/>
        <source>{username} is deactivated.</source>
        <translation>{username} を無効化しました。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="247"/>
        <source>Deactivate account</source>
        <translation>アカウントの無効化</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="264"/>
        <source>Not done: {problem}</source>
        <translation>実行されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/users_dialog.py" line="268"/>
        <source>Not done: the database could not be written.</source>
        <translation>実行されていません：データベースに書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="338"/>
        <source>Check a file against its record</source>
        <translation>ファイルを記録と照合</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="340"/>
        <source>Choose a file to check whether it is exactly the evidence recorded as {file} ({size}). The check is written in the incident&apos;s timeline.</source>
        <translation>{file}（{size}）として記録された証拠と完全に同一かを確認するファイルを選んでください。照合の結果はインシデントのタイムラインに記録されます。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="351"/>
        <source>Recorded SHA-256: {sha}</source>
        <translation>記録された SHA-256：{sha}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="358"/>
        <source>&amp;Check file</source>
        <translation>ファイルを照合(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="361"/>
        <source>Compare the file&apos;s fingerprint with the one recorded, to show it is unchanged</source>
        <translation>ファイルのフィンガープリントを記録されたものと比べ、変更されていないことを確かめます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="379"/>
        <source>Not checked: {problem}</source>
        <translation>照合されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="390"/>
        <source>{mark} MATCH: {name} is exactly the recorded evidence (same SHA-256 and size).</source>
        <translation>{mark} 一致：{name} は記録された証拠と同一です（SHA-256 とサイズが同じ）。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="395"/>
        <source>{mark} MISMATCH: {name} is NOT the recorded evidence. Its content differs; do not use it as this evidence.</source>
        <translation>{mark} 不一致：{name} は記録された証拠ではありません。内容が異なるため、この証拠として使わないでください。</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="404"/>
        <source>Check another file</source>
        <translation>別のファイルを照合</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="405"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>_EvidenceDialog</name>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="110"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="123"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="124"/>
        <source>The full path of the evidence file; type it or choose it</source>
        <translation>証拠ファイルのフルパス。入力するか選択してください</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="126"/>
        <source>the file&apos;s full path, or Choose…</source>
        <translation>ファイルのフルパス、または「選択…」</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="131"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="133"/>
        <source>Choose the file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="134"/>
        <source>Pick the evidence file from the computer&apos;s folders</source>
        <translation>コンピューターのフォルダーから証拠ファイルを選びます</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="138"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="144"/>
        <source>Choose the evidence file</source>
        <translation>証拠のファイルを選択</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="144"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/evidence_dialogs.py" line="158"/>
        <source>Choose the file first.</source>
        <translation>先にファイルを選んでください。</translation>
    </message>
</context>
</TS>
