"""Every fixed text of the printed documents, in English and Japanese.

The Qt translation system is not available in ``app/``, so the documents keep their own small catalogue.
``t(key, lang, **values)`` returns the text with ``{placeholders}`` filled in. Japanese wording is a
proposal awaiting review by a Japanese clinical reviewer (as the class labels are, DOMAIN §3.1).
"""

from __future__ import annotations

from app.errors import BadInputError, Message

_TEXTS: dict[str, tuple[str, str]] = {
    # --- page furniture -----------------------------------------------------------------------------
    "internal": ("INTERNAL — hospital staff only", "院内限り — 関係者以外持ち出し禁止"),
    "page": ("Page {page} / {pages}", "{page} / {pages} ページ"),
    "generated": ("Generated {when}", "作成 {when}"),
    "facility": ("Facility", "施設"),
    "unit": ("Unit", "部署"),
    "all_units": ("All units", "全部署"),
    "incident": ("Incident", "インシデント"),
    "last_verified": ("Data last verified", "データ最終確認日"),
    "never_verified": ("NOT VERIFIED", "未確認"),
    "yes": ("Yes", "はい"),
    "no": ("No", "いいえ"),
    "class_n": ("Class {n}", "クラス{n}"),
    "not_classified": ("Not classified", "未分類"),
    # --- contact sheet ------------------------------------------------------------------------------
    "sheet_title": ("Escalation contact sheet", "エスカレーション連絡表"),
    "sheet_subtitle": (
        "Communications list (HICS 205A style). Call the numbers under “Call first”: e-mail and "
        "hospital systems may be compromised.",
        "連絡先一覧（HICS 205A形式）。「まず電話」欄の番号から先にかけてください。メールや院内システムは"
        "侵害されている可能性があります。",
    ),
    "tier": ("Tier {n}", "第{n}段階"),
    "tier_wait": (
        "No answer within {minutes} min → go to tier {next}",
        "{minutes}分以内に応答がなければ → 第{next}段階へ",
    ),
    "tier_last": (
        "Last tier: no answer within {minutes} min → call again and inform the incident commander",
        "最終段階：{minutes}分以内に応答がなければ → 再度連絡し、インシデント指揮者に報告",
    ),
    "call_when": ("Call when", "連絡する場面"),
    "no_contacts": ("No contact on file for this tier.", "この段階の連絡先は登録されていません。"),
    "col_role": ("Role / HICS position", "役割・HICS職位"),
    "col_name": ("Name / organisation", "氏名・所属"),
    "col_call": ("Call first (no network needed)", "まず電話（ネットワーク不要）"),
    "col_other": ("E-mail (may be compromised)", "メール（侵害の恐れ）"),
    "col_hours": ("Hours", "対応時間"),
    "col_authority": ("Authority / notes", "権限・備考"),
    "verified_on": ("verified {date}", "確認 {date}"),
    "vendors": ("Vendors and manufacturers", "メーカー・保守事業者"),
    "col_company": ("Company / contact", "会社・担当者"),
    "col_models": ("Models covered", "対象機種"),
    "col_contract": ("Contract no.", "契約番号"),
    "col_service": ("Service desk", "サービス窓口"),
    "col_psirt": ("PSIRT", "PSIRT"),
    "regulators": ("Regulators and reporting clocks", "規制当局・報告期限"),
    "col_regulator": ("Authority", "報告先"),
    "col_channel": ("Channel", "報告方法"),
    "col_clock": ("Clock", "期限"),
    "none_listed": ("None listed.", "登録なし。"),
    "quick_card": ("Quick card: the questions, in order", "早見表：判断の質問（順番どおり）"),
    "quick_card_note": (
        "Unknown is never “no”: an unknown answer takes the more cautious branch and the result is "
        "PROVISIONAL.",
        "「わからない」は「いいえ」ではありません。より慎重な分岐を選び、結果は暫定になります。",
    ),
    "legend": (
        "Class legend (shape, number, name and colour)",
        "クラスの凡例（形・番号・名称・色）",
    ),
    "reviewed_by": ("Sheet reviewed by", "連絡表の確認者"),
    "date": ("Date", "日付"),
    "signature": ("Signature", "署名"),
    "method_mobile": ("Mobile", "携帯"),
    "method_pager": ("Pager", "ポケベル"),
    "method_radio": ("Radio", "無線"),
    "method_desk": ("Desk", "固定電話"),
    "method_email": ("E-mail", "メール"),
    # --- decision record ----------------------------------------------------------------------------
    "record_title": ("Decision record", "判定記録"),
    "record_id": ("Record ID", "記録ID"),
    "device": ("Device (asset tag)", "機器（資産番号）"),
    "category": ("Category", "機器分類"),
    "location": ("Location", "設置場所"),
    "recorded_by": ("Recorded by", "記録者"),
    "role": ("Role", "役割"),
    "recorded_at": ("Recorded at", "記録日時"),
    "note": ("Note", "メモ"),
    "purpose": ("Purpose", "目的"),
    "answers": ("Answers and path", "回答と判定経路"),
    "col_no": ("#", "#"),
    "col_question": ("Question", "質問"),
    "col_answer": ("Answer", "回答"),
    "col_path": ("On path", "経路"),
    "col_source": ("Source", "回答元"),
    "on_path": ("on path", "経路上"),
    "flag_only": ("flag", "参考"),
    "from_inventory": ("from inventory", "台帳から"),
    "asked": ("asked", "聞き取り"),
    "no_answers": ("No answers recorded.", "回答の記録はありません。"),
    "result": ("Result", "判定結果"),
    "provisional": ("PROVISIONAL", "暫定"),
    "provisional_flag": (
        "PROVISIONAL — at least one answer was unknown; may not be signed off as final.",
        "暫定 — 「わからない」の回答があります。最終として承認できません。",
    ),
    "override_flag": (
        "SAFETY OVERRIDE — device-failure emergency procedure first.",
        "安全優先 — 機器故障時の緊急手順を最優先。",
    ),
    "also_matches": ("Also matches (cautions apply)", "他に該当（注意事項を適用）"),
    "containment": ("Containment", "封じ込め"),
    "eradication": ("Eradication", "根絶"),
    "recovery": ("Recovery", "復旧"),
    "who_decides": ("Who decides", "判断者"),
    "tree": ("Question tree", "判定ツリー"),
    "tree_version": ("version {version}", "バージョン {version}"),
    "signoff": ("Sign-off (to be completed on paper)", "承認（紙に記入）"),
    "printed_name": ("Printed name", "氏名（楷書）"),
    "date_time": ("Date / time (24 h)", "日時（24時間制）"),
    "meaning": ("Meaning (reviewed / approved / responsible)", "署名の意味（確認・承認・責任）"),
    "not_signed": ("Not signed yet.", "未署名。"),
    # --- electronic sign-off, version and audit (decision record) -----------------------------------
    "esignatures": ("Electronic signatures", "電子署名"),
    "state_awaiting": ("AWAITING SIGN-OFF", "承認待ち"),
    "state_approved": ("APPROVED", "承認済み"),
    "state_rejected": ("REJECTED", "却下"),
    "state_replaced": ("REPLACED", "置き換え済み"),
    "state_awaiting_note": (
        "Not signed off yet. May approve: {roles}.",
        "まだ承認されていません。承認できる役割：{roles}。",
    ),
    "state_approved_note": (
        "A valid approval by an authorised role is recorded.",
        "権限のある役割による有効な承認が記録されています。",
    ),
    "state_invalid_note": (
        "{n} signature(s) NOT VALID — they do not count (see the signatures).",
        "無効な署名が{n}件あります — 承認には数えません（電子署名の欄を参照）。",
    ),
    "state_rejected_note": (
        "Rejected: a corrected new version must be recorded and signed.",
        "却下：修正した新しい版を記録し、署名を受けてください。",
    ),
    "state_replaced_note": (
        "Replaced by the newer version {id}: do not act on this version.",
        "新しい版 {id} に置き換えられました。この版に基づいて対応しないでください。",
    ),
    "signoff_state": ("Sign-off state", "承認状況"),
    "or": (" or ", "・"),
    "version": ("Version", "版"),
    "this_version": ("This version", "この版"),
    "replaces": ("Replaces", "置き換え元"),
    "replaced_by": ("Replaced by", "置き換え先"),
    "first_version": ("— (first version)", "—（初版）"),
    "newest_version": ("— (newest version)", "—（最新版）"),
    "content_sha": ("Content SHA-256", "内容のSHA-256"),
    "sig_who": ("Printed name / role", "氏名・役割"),
    "sig_meaning": ("Meaning", "署名の意味"),
    "sig_when": ("Date / time signed", "署名日時"),
    "sig_check": ("Key / check", "鍵・検証"),
    "sig_key": ("Key {fingerprint}", "鍵 {fingerprint}"),
    "sig_valid": ("Valid (verified)", "有効（検証済み）"),
    "sig_invalid": ("NOT VALID — {problem}", "無効 — {problem}"),
    "sig_invalid_short": ("NOT VALID", "無効"),
    "sig_reason": ("Reason: {reason}", "理由：{reason}"),
    "sig_accepted_unknown": ("Accepted unknown: {reason}", "「わからない」を容認：{reason}"),
    "sig_statement": ("Each signer affirmed: {statement}", "各署名者の宣誓：{statement}"),
    "sig_utc": ("UTC: {when}", "UTC：{when}"),
    "wet_signoff": (
        "Handwritten sign-off (when the system is unavailable)",
        "手書きによる承認（システムが使えない場合）",
    ),
    "audit_head": ("Audit head #{seq} {hash}", "監査証跡の最終記録 #{seq} {hash}"),
    "audit_empty": ("Audit head: empty trail", "監査証跡：記録なし"),
    # --- device cards -------------------------------------------------------------------------------
    "cards_title": ("Device cards", "機器カード"),
    "call": ("Call", "連絡"),
    "no_contact": ("No contact on file", "連絡先未登録"),
    # --- binder -------------------------------------------------------------------------------------
    "binder_title": ("Downtime binder", "ダウンタイム用バインダー"),
    "binder_subtitle": (
        "Medical-device cyber incident response — paper copy for when systems are down",
        "医療機器サイバーインシデント対応 — システム停止時用の紙の控え",
    ),
    "binder_keep": (
        "Keep with the unit's downtime kit. Replace this binder when a newer one is printed and "
        "destroy the old copy: it contains internal phone numbers.",
        "部署のダウンタイムキットと一緒に保管してください。新しい版を印刷したら差し替え、古い版は"
        "破棄してください（院内の電話番号を含みます）。",
    ),
    "contents": ("Contents", "目次"),
    "sec_classes": ("The seven IR classes", "7つのIRクラス"),
    "sec_flow": ("Question flow", "判断フロー"),
    "sec_forms": ("Paper decision form (2 copies)", "紙の判定用紙（2部）"),
    "sec_213": ("HICS 213 General Message", "HICS 213 一般伝達票"),
    "sec_214": ("HICS 214 Activity Log", "HICS 214 活動記録"),
    "sec_sheets": ("Escalation contact sheet", "エスカレーション連絡表"),
    "no_sheet": (
        "No contact sheet was available when this binder was printed. Write the numbers here.",
        "印刷時点で連絡表がありませんでした。ここに連絡先を記入してください。",
    ),
    "classes_note": (
        "Guidance reconstructed from the CSA Medical Device Incident Response Playbook; review locally "
        "before clinical use.",
        "CSA医療機器インシデント対応プレイブックをもとに再構成した指針です。臨床で使う前に院内で確認"
        "してください。",
    ),
    "flow_start": ("Start", "開始"),
    "flow_unknown": (
        "? = unknown answer: the more cautious branch, result PROVISIONAL (dashed line)",
        "? = 「わからない」：より慎重な分岐、結果は暫定（破線）",
    ),
    "flow_override": (
        "! = device-failure emergency procedure first, then continue",
        "! = 機器故障時の緊急手順を先に行い、その後続ける",
    ),
    "flow_options": ("Answers", "回答"),
    "form_title": ("Paper decision form", "紙の判定用紙"),
    "form_copy": ("copy {n} of 2", "{n} / 2 部"),
    "form_instructions": (
        "Ask the questions in order. Tick one box per question; follow the arrows of the question flow. "
        "Unknown is never “no”.",
        "質問を順番に尋ね、各質問で1つに印を付けてください。判断フローの矢印に従ってください。"
        "「わからない」は「いいえ」ではありません。",
    ),
    "form_time": ("Date / time (24 h)", "日時（24時間制）"),
    "form_class": ("Resulting class", "判定クラス"),
    "form_provisional": ("Provisional (an answer was unknown)", "暫定（「わからない」の回答あり）"),
    "form_name": ("Name", "氏名"),
    "incident_name": ("1. Incident name", "1. インシデント名"),
    "h213_to": ("2. To (print name, position)", "2. 宛先（氏名・職位）"),
    "h213_from": ("3. From (print name, position)", "3. 差出人（氏名・職位）"),
    "h213_subject": ("4. Subject", "4. 件名"),
    "h213_date": ("5. Date", "5. 日付"),
    "h213_time": ("6. Time (24 h)", "6. 時刻（24時間制）"),
    "h213_priority": ("7. Priority", "7. 優先度"),
    "h213_urgent": ("Urgent – high", "緊急 – 高"),
    "h213_nonurgent": ("Non-urgent – medium", "非緊急 – 中"),
    "h213_info": ("Informational – low", "情報 – 低"),
    "h213_message": ("8. Message", "8. メッセージ"),
    "h213_response": ("Response required", "返信要"),
    "h213_approved": (
        "9. Approved by (name, signature, position)",
        "9. 承認者（氏名・署名・職位）",
    ),
    "h213_reply": ("10. Reply / action taken", "10. 返信・対応内容"),
    "h213_replied": (
        "11. Replied by (name, position, signature, facility, date/time)",
        "11. 返信者（氏名・職位・署名・施設・日時）",
    ),
    "h213_flow": (
        "Sender completes 1–9 → recipient replies in 10–11 → returned to sender; copy to the "
        "Documentation Unit Leader.",
        "差出人が1〜9を記入 → 受信者が10〜11に返信 → 差出人に返却。写しを記録班長へ。",
    ),
    "h214_period": ("2. Operational period", "2. 活動期間"),
    "h214_from": ("from (date / time)", "開始（日付・時刻）"),
    "h214_to": ("to (date / time)", "終了（日付・時刻）"),
    "h214_name": ("3. Name", "3. 氏名"),
    "h214_position": ("4. HIMT position", "4. HIMT職位"),
    "h214_log": ("5. Activity log", "5. 活動記録"),
    "h214_when": ("Date / time", "日付・時刻"),
    "h214_activity": ("Notable activities and decisions", "主な活動・決定事項"),
    "h214_prepared": (
        "6. Prepared by (name, position, signature, facility, date/time)",
        "6. 作成者（氏名・職位・署名・施設・日時）",
    ),
    "h214_copy": (
        "Copy to the Documentation Unit Leader; basis for the after-action report.",
        "写しを記録班長へ。事後検証報告の基礎資料になります。",
    ),
    # --- incident report and exercise after-action report (incident_report.py) ----------------------
    "ir_title": ("Incident report", "インシデント対応報告書"),
    "aar_title": ("Exercise after-action report", "訓練 事後検証報告書"),
    "none_recorded": ("None recorded.", "記録なし。"),
    "list_sep": (", ", "、"),
    "colon": (": ", "："),
    "ir_ref": ("Incident ref", "インシデント番号"),
    "ir_t0": ("T0 (awareness time)", "T0（認知時刻）"),
    "ir_detection": ("Detection source", "検知経路"),
    "ir_status": ("Status", "状況"),
    "ir_phase": ("Phase", "フェーズ"),
    "ir_severity": ("Severity", "重大度"),
    "ir_units": ("Affected units", "影響を受けた部署"),
    "ir_opened_by": ("Opened by", "起票者"),
    "ir_opened_at": ("Opened at", "起票日時"),
    "ir_closed_by": ("Closed by", "終結者"),
    "ir_closed_at": ("Closed at", "終結日時"),
    "ir_still_open": ("— (not closed)", "—（未終結）"),
    "ir_status_section": ("System status (HICS 251 style)", "システム稼働状況（HICS 251形式）"),
    "ir_status_note": (
        "Devices per unit and category, as in the HICS 251 Facility System Status Report: how many "
        "are in each IR class and where they stand now.",
        "部署・機器分類ごとの台数（HICS 251 施設システム状況報告の形式）：IRクラス別の台数と現在の"
        "状態別の台数。",
    ),
    "ir_251_status": ("Status (HICS 251)", "稼働状況（HICS 251）"),
    "ir_per_class": ("Devices per IR class", "IRクラス別台数"),
    "ir_per_state": ("Devices per state", "状態別台数"),
    "st_review": ("Under review", "確認中"),
    "st_isolated": ("Isolated", "隔離済み"),
    "st_compensated": ("On backup plan", "代替手段で運用中"),
    "st_restored": ("Restored", "復旧済み"),
    "st_unaffected": ("Not affected", "影響なし"),
    "ir_comment": ("Comments", "備考"),
    "ir_total": ("Total", "合計"),
    "ir_decisions_section": ("Decisions and sign-off", "判定と承認"),
    "ir_n_decisions": ("{n} decision(s)", "判定 {n}件"),
    "ir_col_id": ("ID", "番号"),
    "ir_col_device": ("Device / category", "機器・機器分類"),
    "ir_col_class": ("IR class", "IRクラス"),
    "ir_col_recorded": ("Recorded by / at", "記録者・記録日時"),
    "ir_override_short": ("SAFETY OVERRIDE", "安全優先"),
    "ir_signed": ("Signature", "署名"),
    "ir_checklist_section": ("Phase checklist", "フェーズ別チェックリスト"),
    "chk_done": ("Done", "完了"),
    "chk_open": ("Open", "未完了"),
    "chk_not_applicable": ("Not applicable", "該当なし"),
    "chk_progress": ("{done} of {total} done", "{total}件中{done}件完了"),
    "ir_col_action": ("Action", "対応事項"),
    "ir_col_owner": ("Owner", "担当"),
    "ir_col_state": ("Status", "状況"),
    "ir_col_by": ("By / when", "実施者・日時"),
    "ir_timeline_section": ("Timeline", "タイムライン（経過記録）"),
    "ir_col_who": ("Who / position", "氏名・職位"),
    "ir_col_what": ("What", "内容"),
    "ir_col_source": ("Source", "記録元"),
    "src_audit": ("Audit trail", "監査証跡"),
    "src_manual": ("Entered by hand", "手入力"),
    "ir_evidence_section": ("Evidence and chain of custody", "証拠と保管の連鎖"),
    "ir_col_file": ("File / description", "ファイル・説明"),
    "ir_col_size": ("Size", "サイズ"),
    "ir_col_collected": ("Collected by / at", "収集者・収集日時"),
    "ir_col_stored": ("Stored at", "保管場所"),
    "ir_custody": ("Custody", "引き渡し"),
    "ir_no_transfers": (
        "no transfer recorded (held by the collector)",
        "引き渡しの記録なし（収集者が保管）",
    ),
    "ir_transfer": ("{when}: {released} → {received}", "{when}：{released} → {received}"),
    "ir_clocks_section": ("Regulatory clocks", "規制上の期限"),
    "ir_clocks_disclaimer": (
        "These deadlines are computed from the configured rules as a reminder only. They are not "
        "legal advice: confirm every obligation and deadline with your compliance or legal office.",
        "これらの期限は設定された規則から算出した目安です。法的助言ではありません。報告義務と期限は"
        "必ず法務・コンプライアンス担当に確認してください。",
    ),
    "ir_col_trigger": ("Trigger", "契機"),
    "ir_col_to": ("To / channel", "報告先・報告方法"),
    "ir_col_rule": ("Rule", "期限の規則"),
    "ir_col_legal": ("Source", "根拠"),
    "ir_col_due": ("Due", "期限"),
    "ir_no_due": ("No fixed due time", "期日の定めなし"),
    "ir_overdue": ("OVERDUE", "期限超過"),
    "ir_metrics_section": ("Times from T0 per device", "機器ごとの所要時間（T0から）"),
    "ir_t_class": ("T0 → classified", "T0 → 判定"),
    "ir_t_contain": ("T0 → contained", "T0 → 封じ込め"),
    "ir_t_recover": ("T0 → recovered", "T0 → 復旧"),
    "ir_median": ("Median", "中央値"),
    "dur_days": ("{d} d {h} h", "{d}日{h}時間"),
    "dur_hours": ("{h} h {m} min", "{h}時間{m}分"),
    "dur_minutes": ("{m} min", "{m}分"),
    "ir_lessons_section": ("Lessons learned and improvement plan", "教訓と改善計画"),
    "ir_what_happened": ("What happened", "経過の概要"),
    "ir_what_worked": ("What worked", "うまくいったこと"),
    "ir_what_did_not": ("What did not work", "うまくいかなかったこと"),
    "ir_actions": ("Improvement actions", "改善策"),
    "ir_col_due_date": ("Due date", "期日"),
    "ir_approval": ("Report reviewed and approved by", "報告書の確認・承認"),
    # --- exercise marking and exercise-only sections ------------------------------------------------
    "ex_word": ("EXERCISE", "訓練"),
    "ex_banner": (
        "EXERCISE  ·  EXERCISE  ·  EXERCISE  —  not a real incident",
        "訓練  ・  訓練  ・  訓練  —  実際のインシデントではありません",
    ),
    "ex_kind": ("Type", "種別"),
    "ex_kind_value": ("EXERCISE (not a real incident)", "訓練（実際のインシデントではありません）"),
    "ex_scenario": ("Scenario", "シナリオ"),
    "ex_scenario_section": ("Exercise scenario and injects", "訓練シナリオと状況付与"),
    "ex_injects": ("Injects", "状況付与（インジェクト）"),
    "ex_t_plus": ("T+{m} min", "開始{m}分後"),
    "ex_col_when": ("When", "時点"),
    "ex_col_inject": ("Inject", "付与内容"),
    "ex_expected_section": ("Expected and actual decisions", "想定判定と実際の判定"),
    "ex_matched": (
        "{n} of {total} situations were classified as expected.",
        "{total}件中{n}件が想定どおりのクラスに判定されました。",
    ),
    "ex_col_situation": ("Situation", "状況"),
    "ex_col_expected": ("Expected", "想定"),
    "ex_col_actual": ("Actual", "実際"),
    "ex_col_match": ("Result", "結果"),
    "ex_none": ("no decision", "判定なし"),
    "ex_match": ("as expected", "一致"),
    "ex_mismatch": ("different", "不一致"),
    "ex_questions_section": ("Discussion questions", "討議事項"),
    # --- HICS 214 activity log (activity_log.py) ------------------------------------------------------
    "al_whole": ("Whole incident (all positions)", "インシデント全体（全職位）"),
    "al_all_positions": ("All positions", "全職位"),
    "al_col_name": ("Name / position", "氏名・職位"),
    "al_n_entries": ("{n} entries", "{n}件"),
    "al_name": ("Name", "氏名"),
    "al_position": ("Position", "職位"),
}

# One line per class for the device cards: what to do first. Clinically conservative: never "remove" for a
# device a patient may depend on; class 5 says explicitly not to remove it.
_CARD_ACTIONS: dict[int | None, tuple[str, str]] = {
    1: (
        'Disconnect from network and patient; tag "cyber hold"; swap in a spare.',
        "ネットワークと患者から外し「サイバー保留」表示、予備機に交換。",
    ),
    2: (
        "Unplug the network only; keep on the patient; check at the bedside.",
        "ネットワークのみ切断。患者には装着したまま、ベッドサイドで確認。",
    ),
    3: (
        "Start the backup plan (1:1 watch, runner) BEFORE cutting the network.",
        "ネットワーク切断の前に代替手段（1対1観察・伝令）を開始。",
    ),
    4: (
        "Serves many patients: do not switch off; call incident command.",
        "多数の患者に影響：電源を切らず、インシデント指揮者へ連絡。",
    ),
    5: (
        "Do NOT remove; keep at the bedside; call the physician.",
        "外さないこと。ベッドサイドで見守り、医師に連絡。",
    ),
    6: (
        "Implant: do not disconnect; call the specialist; note the patient.",
        "植込み型：切断不可。専門医に連絡し、患者を記録。",
    ),
    7: (
        "Home/remote device: call the telehealth lead; contact the patient.",
        "在宅・遠隔機器：遠隔医療責任者に連絡し、患者に連絡。",
    ),
    None: (
        "Do not remove from a patient; answer the questions first.",
        "患者から外さず、まず判断の質問に答える。",
    ),
}

LANGS = ("en", "ja")


def check_lang(lang: str) -> str:
    """``lang`` if it is "en" or "ja", else a BadInputError naming the choices."""
    if lang not in LANGS:
        raise BadInputError(Message("reports.unknown_language", lang=repr(lang)))
    return lang


def t(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` with ``{placeholders}`` filled from ``values``."""
    en, ja = _TEXTS[key]
    text = ja if lang == "ja" else en
    return text.format(**values) if values else text


def card_action(ir_class: int | None, lang: str) -> str:
    """The one-line first action printed on a device card for ``ir_class`` (None: not classified)."""
    en, ja = _CARD_ACTIONS.get(ir_class, _CARD_ACTIONS[None])
    return ja if lang == "ja" else en


def method_label(kind: str, lang: str) -> str:
    """Printed name of a contact-method kind; an unknown kind prints as given."""
    key = f"method_{kind}"
    return t(key, lang) if key in _TEXTS else kind


def keys() -> frozenset[str]:
    """All text keys (for tests: every key has both languages)."""
    return frozenset(_TEXTS)


def all_pairs() -> list[tuple[str, str]]:
    """Every (English, Japanese) pair, card actions included."""
    return [*_TEXTS.values(), *_CARD_ACTIONS.values()]
