<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <source>The database {path} could not be opened:
{problem}</source>
        <translation>データベース {path} を開けませんでした：
{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="124"/>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>A data file of MDIR Desk is broken and was refused:
{problem}</source>
        <translation>MDIR Desk のデータファイルが壊れているため読み込みを中止しました：
{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>Broken data file</source>
        <translation>データファイルの破損</translation>
    </message>
</context>
<context>
    <name>ClassBadge</name>
    <message>
        <location filename="../../ui/widgets/class_badge.py" line="31"/>
        <source>Class {number}</source>
        <translation>分類 {number}</translation>
    </message>
</context>
<context>
    <name>DecisionTableModel</name>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="63"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="64"/>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="65"/>
        <source>Provisional</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="66"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="67"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="68"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="69"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="93"/>
        <source>PROVISIONAL</source>
        <translation>暫定</translation>
    </message>
    <message>
        <location filename="../../ui/models/decision_table_model.py" line="106"/>
        <source>Unknown device</source>
        <translation>不明な機器</translation>
    </message>
</context>
<context>
    <name>DecisionsView</name>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="41"/>
        <source>Recorded decisions (newest first)</source>
        <translation>記録した判定（新しい順）</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="44"/>
        <source>No decisions recorded yet.</source>
        <translation>まだ判定は記録されていません。</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="51"/>
        <source>Recorded decisions</source>
        <translation>記録した判定</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="66"/>
        <source>Decision detail</source>
        <translation>判定の詳細</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="111"/>
        <source>Safety override: the device was harming the patient</source>
        <translation>安全優先：機器が患者に害を与えていた</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="113"/>
        <source>PROVISIONAL: at least one answer was unknown</source>
        <translation>暫定：「わからない」の回答があります</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="121"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="122"/>
        <source>Device / category</source>
        <translation>機器／種類</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="123"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="124"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="126"/>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="128"/>
        <source>Also matches</source>
        <translation>ほかに該当</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="129"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="130"/>
        <source>Question tree</source>
        <translation>質問ツリー</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="132"/>
        <source>Decision id</source>
        <translation>判定ID</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="133"/>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <location filename="../../ui/views/decisions_view.py" line="135"/>
        <source>Answers that decided</source>
        <translation>判定の根拠となった回答</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <location filename="../../ui/views/device_page.py" line="55"/>
        <source>Which device?</source>
        <translation>どの機器ですか？</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="58"/>
        <source>Scan the asset tag, or type it and press Enter.</source>
        <translation>資産タグをスキャンするか、入力して Enter を押してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="65"/>
        <source>Asset tag</source>
        <translation>資産タグ</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="66"/>
        <source>Asset tag, e.g. MD-00042</source>
        <translation>資産タグ（例：MD-00042）</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="71"/>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="86"/>
        <source>Continue with this device  ▶</source>
        <translation>この機器で進む  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="96"/>
        <source>No tag, or not in the inventory? Choose the kind of device:</source>
        <translation>タグがない、または台帳にない場合は機器の種類を選んでください：</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="113"/>
        <source>Unknown device — continue without one</source>
        <translation>機器不明のまま進む</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="148"/>
        <source>No device with tag “{tag}” in the inventory. Check the tag, or choose the kind of device below, or continue as an unknown device.</source>
        <translation>タグ「{tag}」の機器は台帳にありません。タグを確認するか、下で機器の種類を選ぶか、機器不明のまま進んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="160"/>
        <source>Unknown kind</source>
        <translation>種類不明</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="165"/>
        <source>Model: {model}</source>
        <translation>機種：{model}</translation>
    </message>
    <message>
        <location filename="../../ui/views/device_page.py" line="167"/>
        <source>Where: {place}</source>
        <translation>場所：{place}</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialog_service.py" line="36"/>
        <source>Unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../ui/dialog_service.py" line="38"/>
        <source>Something went wrong inside MDIR Desk. What you were doing may not have finished. Check the Decisions list before relying on a result, and report this error.</source>
        <translation>MDIR Desk の内部で問題が発生しました。操作が完了していない可能性があります。結果を使う前に判定一覧を確認し、このエラーを報告してください。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="33"/>
        <source>Triage</source>
        <translation>トリアージ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Decisions</source>
        <translation>判定一覧</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Classify a device, one question at a time</source>
        <translation>1問ずつ答えて機器を分類します</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Decisions recorded on this database</source>
        <translation>このデータベースに記録された判定</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Database: {path} · Questions version {version}</source>
        <translation>データベース：{path} · 質問の版 {version}</translation>
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
        <location filename="../../ui/views/question_page.py" line="114"/>
        <source>Keys: the letter or number on a button answers; Backspace goes back.</source>
        <translation>キー操作：ボタンの英字・数字で回答、Backspace で戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="153"/>
        <source>Change the answer to: {question}</source>
        <translation>回答を変更：{question}</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="154"/>
        <source>Click to change this answer</source>
        <translation>クリックするとこの回答を変更できます</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="183"/>
        <source>Key: {key}</source>
        <translation>キー：{key}</translation>
    </message>
    <message>
        <location filename="../../ui/views/question_page.py" line="197"/>
        <source>(earlier answer)</source>
        <translation>（前の回答）</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <location filename="../../ui/views/record_page.py" line="68"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="69"/>
        <source>Your name (required)</source>
        <translation>氏名（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="72"/>
        <source>Your role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="73"/>
        <source>Choose your role…</source>
        <translation>役割を選んでください…</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="79"/>
        <source>Your role (required)</source>
        <translation>役割（必須）</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="82"/>
        <location filename="../../ui/views/record_page.py" line="87"/>
        <source>Unit</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="88"/>
        <location filename="../../ui/views/record_page.py" line="89"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="92"/>
        <location filename="../../ui/views/record_page.py" line="96"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="109"/>
        <source>◀  Back to the result</source>
        <translation>◀  結果に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="111"/>
        <source>Back to the result</source>
        <translation>結果に戻る</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="117"/>
        <location filename="../../ui/views/record_page.py" line="119"/>
        <location filename="../../ui/views/record_page.py" line="155"/>
        <source>Save decision</source>
        <translation>判定を保存</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="176"/>
        <source>Not saved: {problem}</source>
        <translation>保存されていません：{problem}</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="184"/>
        <source>an unexpected error (see the log)</source>
        <translation>予期しないエラー。ログを確認してください</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="193"/>
        <source>Enter your name before saving.</source>
        <translation>保存する前に氏名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="197"/>
        <source>Choose your role before saving.</source>
        <translation>保存する前に役割を選んでください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="217"/>
        <source>The decision was NOT saved ({reason}). Everything you typed is still here. Try again, or write the decision on paper.</source>
        <translation>判定は保存されていません（{reason}）。入力した内容はそのまま残っています。もう一度試すか、紙に記録してください。</translation>
    </message>
    <message>
        <location filename="../../ui/views/record_page.py" line="219"/>
        <source>Try again</source>
        <translation>もう一度保存</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/views/result_page.py" line="74"/>
        <source>Contain now</source>
        <translation>今すぐ封じ込め</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="75"/>
        <source>Eradicate</source>
        <translation>根絶</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="76"/>
        <source>Recover</source>
        <translation>復旧</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="77"/>
        <source>Who decides</source>
        <translation>判断する人</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="86"/>
        <source>Why: the answers that decided</source>
        <translation>理由：判定の根拠となった回答</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="95"/>
        <source>◀  Change answers</source>
        <translation>◀  回答を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="97"/>
        <source>Change answers</source>
        <translation>回答を変更</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="103"/>
        <source>Record decision  ▶</source>
        <translation>判定を記録  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="105"/>
        <source>Record decision</source>
        <translation>判定を記録</translation>
    </message>
    <message>
        <location filename="../../ui/views/result_page.py" line="125"/>
        <source>Also matches: {classes}</source>
        <translation>ほかに該当：{classes}</translation>
    </message>
</context>
<context>
    <name>SavedPage</name>
    <message>
        <location filename="../../ui/views/saved_page.py" line="40"/>
        <source>Start a new triage  ▶</source>
        <translation>新しいトリアージを始める  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="42"/>
        <source>Start a new triage</source>
        <translation>新しいトリアージを始める</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="50"/>
        <source>✔  Saved</source>
        <translation>✔  保存しました</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="53"/>
        <source>Saved at: {time}</source>
        <translation>保存日時：{time}</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="54"/>
        <source>Decision id: {id}</source>
        <translation>判定ID：{id}</translation>
    </message>
    <message>
        <location filename="../../ui/views/saved_page.py" line="57"/>
        <source>PROVISIONAL — resolve the unknown answers and triage again.</source>
        <translation>暫定 — 不明な点を確認して、もう一度トリアージしてください。</translation>
    </message>
</context>
<context>
    <name>Strings</name>
    <message>
        <location filename="../../ui/strings.py" line="44"/>
        <source>Class {number} — {name}</source>
        <translation>分類 {number} — {name}</translation>
    </message>
    <message>
        <location filename="../../ui/strings.py" line="49"/>
        <source>{number} · {short}</source>
        <translation>{number} · {short}</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <location filename="../../ui/views/triage_view.py" line="130"/>
        <source>Device not in the inventory: {kind}</source>
        <translation>台帳にない機器：{kind}</translation>
    </message>
    <message>
        <location filename="../../ui/views/triage_view.py" line="132"/>
        <source>Unknown device</source>
        <translation>不明な機器</translation>
    </message>
</context>
</TS>
