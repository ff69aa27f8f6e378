<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarDialog</name>
    <message>
        <source>Holiday Calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <source>Deadlines in working days skip the mainland public holidays and count the make-up working days of the State Council&apos;s yearly notices. Load a newer calendar file when a new year&apos;s arrangement is published.</source>
        <translation>以工作日计算的期限会跳过中国大陆的法定节假日，并计入国务院办公厅每年通知中的调休上班日。新一年的放假安排公布后，请加载较新的日历文件。</translation>
    </message>
    <message>
        <source>Years covered:</source>
        <translation>覆盖年份：</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>当前使用：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>&amp;Load a Newer Calendar…</source>
        <translation>加载较新的日历(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>Edit Case</source>
        <translation>编辑案件</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Case facts</source>
        <translation>案件事实</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>CaseFactsForm</name>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>What the system does, for whom, and why.</source>
        <translation>系统的用途、服务对象和原因。</translation>
    </message>
    <message>
        <source>&amp;Kind of place:</source>
        <translation>场所类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Used in a &amp;public place</source>
        <translation>在公共场所使用(&amp;P)</translation>
    </message>
    <message>
        <source>Identification &amp;methods:</source>
        <translation>识别方式(&amp;M)：</translation>
    </message>
    <message>
        <source>How many people&apos;s facial information is stored.</source>
        <translation>存储了多少人的人脸信息。</translation>
    </message>
    <message>
        <source>Facial information of minors under &amp;14 is processed</source>
        <translation>处理不满十四周岁未成年人的人脸信息(&amp;1)</translation>
    </message>
    <message>
        <source>S&amp;tart of use:</source>
        <translation>开始使用日期(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;End of use:</source>
        <translation>停止使用日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Add E&amp;quipment</source>
        <translation>添加设备(&amp;Q)</translation>
    </message>
    <message>
        <source>Remove Equipment</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>The day the number of people stored reached the rule set&apos;s filing threshold (100,000 under the 2025 Measures): the initial filing is due 30 working days from it.</source>
        <translation>人脸信息存储数量达到规则集备案门槛（《办法》为10万人）之日：首次备案应自该日起30个工作日内办理。</translation>
    </message>
    <message>
        <source>C&amp;ase name:</source>
        <translation>案件名称(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;ites (one per line):</source>
        <translation>场所（每行一个）(&amp;I)：</translation>
    </message>
    <message>
        <source>Purposes (one per &amp;line):</source>
        <translation>处理目的（每行一个）(&amp;L)：</translation>
    </message>
    <message>
        <source>Pe&amp;ople stored:</source>
        <translation>存储人数(&amp;O)：</translation>
    </message>
    <message>
        <source>Count reac&amp;hed the filing threshold on:</source>
        <translation>存储数量达到备案门槛之日(&amp;H)：</translation>
    </message>
    <message>
        <source>Original &amp;face images or video are kept</source>
        <translation>保存人脸原始图像或视频(&amp;F)</translation>
    </message>
    <message>
        <source>Stora&amp;ge location:</source>
        <translation>存储地点(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Storage period:</source>
        <translation>存储期限(&amp;S)：</translation>
    </message>
    <message>
        <source>Anon&amp;ymization:</source>
        <translation>匿名化处理(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Vendors (one per line):</source>
        <translation>供应商（每行一个）(&amp;V)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>&amp;Versions</source>
        <translation>评估版本(&amp;V)</translation>
    </message>
    <message>
        <source>Open Version</source>
        <translation>打开版本</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Delete Version…</source>
        <translation>删除版本…</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>What changed</source>
        <translation>变化情况</translation>
    </message>
</context>
<context>
    <name>DataMapPage</name>
    <message>
        <source>Data map</source>
        <translation>数据清单</translation>
    </message>
    <message>
        <source>Each processing activity that handles personal information, and how that information is collected, used, stored, shared and deleted (GB/T 39335-2020, Annex C). Where nothing applies, say so (for example &quot;none&quot;): an empty field counts as not recorded.</source>
        <translation>逐项列出处理个人信息的处理活动，以及个人信息如何收集、使用、存储、共享和删除（GB/T 39335-2020 附录 C）。不涉及的请如实写明（例如“无”）：空白栏目视为未记录。</translation>
    </message>
    <message>
        <source>&amp;Processing activities</source>
        <translation>处理活动(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add Activity</source>
        <translation>添加处理活动(&amp;A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>所选处理活动</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Documents</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Filing:</source>
        <translation>备案类型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>预览(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FactsPage</name>
    <message>
        <source>Case facts</source>
        <translation>案件事实</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Filings</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应办事项</translation>
    </message>
    <message>
        <source>Filings recorded</source>
        <translation>已记录的备案</translation>
    </message>
    <message>
        <source>&amp;Submitted on:</source>
        <translation>提交日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>备案编号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>备案机关(&amp;A)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>记录发生的情况</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What changed:</source>
        <translation>变化内容(&amp;W)：</translation>
    </message>
    <message>
        <source>For a change: what changed (stated in the modification filing).</source>
        <translation>如为变化：说明变化内容（将写入变更备案）。</translation>
    </message>
    <message>
        <source>Record &amp;Initial Filing</source>
        <translation>记录首次备案(&amp;I)</translation>
    </message>
    <message>
        <source>Record a Substantive &amp;Change</source>
        <translation>记录实质性变化(&amp;C)</translation>
    </message>
    <message>
        <source>Record &amp;End of Use</source>
        <translation>记录停止使用(&amp;E)</translation>
    </message>
    <message>
        <source>Facial information &amp;was:</source>
        <translation>人脸信息处理方式(&amp;W)：</translation>
    </message>
    <message>
        <source>A de-registration states how the facial information was handled once the use ended (deleted or anonymized, when, and what shows it).</source>
        <translation>注销备案须说明停止使用后人脸信息的处理情况（删除或匿名化、处理日期及证明材料）。</translation>
    </message>
    <message>
        <source>Handled o&amp;n:</source>
        <translation>处理日期(&amp;N)：</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>证明材料(&amp;V)：</translation>
    </message>
    <message>
        <source>A deletion log, a certificate of destruction, a record number…</source>
        <translation>删除日志、销毁证明、记录编号等…</translation>
    </message>
    <message>
        <source>&amp;Materials and uploads of this filing:</source>
        <translation>本次备案的材料和上传文件(&amp;M)：</translation>
    </message>
    <message>
        <source>What the filing hands over, and how far each item is. Change a status with the list in its row.</source>
        <translation>本次备案报送的内容及各项的准备进度。可在各行的下拉列表中更改状态。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PIAdesk</source>
        <translation>PIAdesk</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About PIAdesk</source>
        <translation>关于 PIAdesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Holiday Calendar…</source>
        <translation>节假日日历(&amp;H)…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Search cases and organisations…</source>
        <translation>搜索案件和单位…</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>仅显示已逾期(&amp;O)</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import Cases…</source>
        <translation>导入案件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export Case…</source>
        <translation>导出案件(&amp;E)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Case File…</source>
        <translation>新建案卷文件(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Open Case File…</source>
        <translation>打开案卷文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New Assessment</source>
        <translation>新建评估(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open Assessment</source>
        <translation>打开评估(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Re-assess…</source>
        <translation>重新评估(&amp;R)…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Filings…</source>
        <translation>备案(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>E&amp;xport Documents…</source>
        <translation>导出文件(&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Re-assess a case assessed under the 2023 draft under the Measures in force since 1 June 2025</source>
        <translation>将按2023年征求意见稿评估的案件，按2025年6月1日起施行的《办法》重新评估</translation>
    </message>
    <message>
        <source>Re-assess &amp;Under the Rules in Force…</source>
        <translation>按现行规定重新评估(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Delete Case…</source>
        <translation>删除案件(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected case; refused while a report of it must still be kept</source>
        <translation>删除所选案件；其评估报告仍在保存期内时不允许删除</translation>
    </message>
    <message>
        <source>Edit &amp;Case Facts…</source>
        <translation>编辑案件事实(&amp;C)…</translation>
    </message>
    <message>
        <source>New &amp;Demo Case File…</source>
        <translation>新建示例案卷文件(&amp;D)…</translation>
    </message>
    <message>
        <source>A new case file filled with example cases, to try PIAdesk out</source>
        <translation>新建一个填有示例案件的案卷文件，用于试用 PIAdesk</translation>
    </message>
    <message>
        <source>&amp;Regulation Texts</source>
        <translation>法规文本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Store…</source>
        <translation>连接团队案卷库(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Read the register again: on a team store, shows what other officers changed since</source>
        <translation>重新读取登记册：在团队案卷库中可看到其他人员此后所作的修改</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
</context>
<context>
    <name>MaterialsPage</name>
    <message>
        <source>Filing materials (Art. 16)</source>
        <translation>备案材料（第十六条）</translation>
    </message>
    <message>
        <source>Attachments of the selected material</source>
        <translation>所选材料的附件</translation>
    </message>
    <message>
        <source>Drop files here, or use Attach File.</source>
        <translation>将文件拖放到此处，或使用“添加附件”。</translation>
    </message>
    <message>
        <source>Attac&amp;h File…</source>
        <translation>添加附件(&amp;H)…</translation>
    </message>
    <message>
        <source>Remove Attachment</source>
        <translation>移除附件</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Organisation (personal-information processor)</source>
        <translation>单位（个人信息处理者）</translation>
    </message>
    <message>
        <source>18 characters, e.g. 91110000MA01ABCD1M</source>
        <translation>18 位，例如 91110000MA01ABCD1M</translation>
    </message>
    <message>
        <source>Person responsible for personal-information protection</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>职务(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Contact for the filing</source>
        <translation>备案联系人</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>姓名(&amp;E)：</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>职务(&amp;I)：</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>电话(&amp;H)：</translation>
    </message>
    <message>
        <source>Handling person (carries out the filing)</source>
        <translation>经办人（办理备案手续）</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Kind of ID:</source>
        <translation>证件类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <source>Unified s&amp;ocial credit code:</source>
        <translation>统一社会信用代码(&amp;O)：</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>地址(&amp;S)：</translation>
    </message>
    <message>
        <source>Le&amp;gal representative:</source>
        <translation>法定代表人(&amp;G)：</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>电子邮箱(&amp;L)：</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>电子邮箱：</translation>
    </message>
    <message>
        <source>I&amp;D number:</source>
        <translation>证件号码(&amp;D)：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation and responsible person</source>
        <translation>单位及负责人</translation>
    </message>
    <message>
        <source>Cop&amp;y the details of:</source>
        <translation>复制以下单位的信息(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Pa&amp;ge:</source>
        <translation>页码(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>缩放(&amp;Z)：</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>ReassessDialog</name>
    <message>
        <source>Re-assess the Case</source>
        <translation>重新评估案件</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>触发事由(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;What changed or happened:</source>
        <translation>变化或事件情况(&amp;W)：</translation>
    </message>
    <message>
        <source>A re-assessment starts a new version prefilled from the latest one; the versions before it stay unchanged for the record. The rules call for one when the purpose or methods of processing change, and after a major security incident; choosing other rules (the Measures in force since 1 June 2025 for a case assessed under the 2023 draft) is a re-assessment too.</source>
        <translation>重新评估将以最新版本为基础形成新版本，此前各版本保持不变、留档备查。处理目的或处理方式发生变化、发生重大安全事件时，规则要求重新评估；改按其他规则评估（例如将按2023年征求意见稿评估的案件改按2025年6月1日起施行的《办法》评估）也属于重新评估。</translation>
    </message>
    <message>
        <source>R&amp;ules:</source>
        <translation>规则(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and finalize</source>
        <translation>审阅与定稿</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>评估人(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Finalize Version</source>
        <translation>定稿本版本(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;eviewer:</source>
        <translation>审核人(&amp;E)：</translation>
    </message>
    <message>
        <source>I confirm &amp;that this assessment is complete and accurate, and that the version will be kept unchanged for the record.</source>
        <translation>本人确认本评估完整、准确，定稿版本将原样留存备查(&amp;T)。</translation>
    </message>
</context>
<context>
    <name>RisksPage</name>
    <message>
        <source>Risks and measures</source>
        <translation>风险与措施</translation>
    </message>
    <message>
        <source>Remove Risk</source>
        <translation>移除风险</translation>
    </message>
    <message>
        <source>Selected risk</source>
        <translation>所选风险</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Likelihood:</source>
        <translation>可能性(&amp;L)：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Add Mea&amp;sure</source>
        <translation>添加措施(&amp;S)</translation>
    </message>
    <message>
        <source>Remove Measure</source>
        <translation>移除措施</translation>
    </message>
    <message>
        <source>Selected measure</source>
        <translation>所选措施</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>说明(&amp;P)：</translation>
    </message>
    <message>
        <source>Risk s&amp;ource:</source>
        <translation>风险源(&amp;O)：</translation>
    </message>
    <message>
        <source>Cause and e&amp;vidence:</source>
        <translation>原因与证据(&amp;V)：</translation>
    </message>
    <message>
        <source>Add Ris&amp;k</source>
        <translation>添加风险(&amp;K)</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <source>Kinds o&amp;f impact:</source>
        <translation>影响类型(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>影响程度(&amp;I)：</translation>
    </message>
    <message>
        <source>I&amp;mpact after measures:</source>
        <translation>采取措施后的影响程度(&amp;M)：</translation>
    </message>
    <message>
        <source>Likeli&amp;hood after measures:</source>
        <translation>采取措施后的可能性(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Answers risk:</source>
        <translation>应对风险(&amp;A)：</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>责任人(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>完成期限(&amp;D)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation>基本情况筛查</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>风险警示</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>C&amp;onclusion:</source>
        <translation>结论(&amp;O)：</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>理由(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The last one opened</source>
        <translation>上次打开的文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Documents in:</source>
        <translation>文件语言(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>界面语言(&amp;I)：</translation>
    </message>
    <message>
        <source>Due &amp;soon within:</source>
        <translation>临近期限提醒(&amp;S)：</translation>
    </message>
    <message>
        <source>Rules for &amp;new cases:</source>
        <translation>新案件适用的规则(&amp;N)：</translation>
    </message>
    <message>
        <source>Default &amp;case file:</source>
        <translation>默认案卷文件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>A new interface language applies at once to every open window; what is being typed stays. The appearance applies at once too. The holiday calendar is in Settings → Holiday Calendar.</source>
        <translation>界面语言更改后立即应用于所有已打开的窗口，正在输入的内容不会丢失；外观更改也立即生效。节假日日历见“设置 → 节假日日历”。</translation>
    </message>
</context>
<context>
    <name>piadesk::Application</name>
    <message>
        <source>Facial-recognition impact assessments and CAC filings.</source>
        <translation>人脸识别个人信息保护影响评估与网信部门备案。</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>案卷文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>The case file to open.</source>
        <translation>要打开的案卷文件。</translation>
    </message>
    <message>
        <source>PIAdesk</source>
        <translation>PIAdesk</translation>
    </message>
    <message>
        <source>The case file cannot be opened.

%1</source>
        <translation>无法打开案卷文件。

%1</translation>
    </message>
</context>
<context>
    <name>piadesk::AssessmentWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>%1 — Assessment</source>
        <translation>%1 — 评估</translation>
    </message>
    <message>
        <source>%1 — Assessment, version %2</source>
        <translation>%1 — 评估，第 %2 版</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source> — changed outside PIAdesk</source>
        <translation> — 已在 PIAdesk 之外被修改</translation>
    </message>
    <message>
        <source>Warning: this case was changed outside PIAdesk; its finalized report no longer matches what was recorded. Run piadesk-cli verify.</source>
        <translation>警告：此案件已在 PIAdesk 之外被修改，其已定稿的报告与记录时不再一致。请运行 piadesk-cli verify。</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>已完成 %1%</translation>
    </message>
    <message>
        <source>Finalization is refused until:</source>
        <translation>在以下问题解决之前不能定稿：</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已完成</translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>缺 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>A prohibited practice stands: see the red flags.</source>
        <translation>存在禁止情形：请查看风险警示。</translation>
    </message>
    <message>
        <source>The change could not be saved, and the case was read again.

%1</source>
        <translation>修改未能保存，已重新读取案件。

%1</translation>
    </message>
</context>
<context>
    <name>piadesk::AuditChain</name>
    <message>
        <source>Audit event %1 is missing: the log jumps from %2 to %3.</source>
        <translation>审计事件 %1 缺失：日志从第 %2 条直接跳到第 %3 条。</translation>
    </message>
    <message>
        <source>Audit event %1 does not follow from event %2: an event was removed or altered.</source>
        <translation>审计事件 %1 与事件 %2 无法衔接：有事件被删除或篡改。</translation>
    </message>
    <message>
        <source>Audit event %1 was altered after it was written.</source>
        <translation>审计事件 %1 在写入后被篡改。</translation>
    </message>
</context>
<context>
    <name>piadesk::CalendarDialog</name>
    <message>
        <source>%1–%2 (%3 days off, %4 make-up working days)</source>
        <translation>%1–%2 年（休息日 %3 天，调休上班日 %4 天）</translation>
    </message>
    <message>
        <source>The calendar built into PIAdesk</source>
        <translation>PIAdesk 内置的日历</translation>
    </message>
    <message>
        <source>Loaded, kept in %1</source>
        <translation>已加载，保存在 %1</translation>
    </message>
    <message>
        <source>Load a Holiday Calendar</source>
        <translation>加载节假日日历</translation>
    </message>
    <message>
        <source>Holiday calendars (*.json);;All files (*)</source>
        <translation>节假日日历 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loaded. Deadlines are now counted with the calendar for %1–%2.</source>
        <translation>已加载。期限现按 %1–%2 年的日历计算。</translation>
    </message>
    <message>
        <source>The file was not loaded; the calendar in use is unchanged.
%1</source>
        <translation>文件未加载；当前使用的日历未作更改。
%1</translation>
    </message>
</context>
<context>
    <name>piadesk::CalendarLibrary</name>
    <message>
        <source>The holiday calendar kept in %1 cannot be used, so the built-in one (%2–%3) is used. %4</source>
        <translation>%1 中保存的节假日日历无法使用，因此改用内置日历（%2–%3）。%4</translation>
    </message>
    <message>
        <source>The holiday calendar kept in %1 ends in %2, before the built-in one (%3), so the built-in one is used.</source>
        <translation>%1 中保存的节假日日历截至 %2 年，早于内置日历（%3 年），因此改用内置日历。</translation>
    </message>
    <message>
        <source>The holiday calendar %1 covers %2–%3; it must cover at least the years of the calendar in use (%4–%5). Nothing was changed.</source>
        <translation>节假日日历 %1 覆盖 %2–%3 年；它至少须覆盖当前所用日历的年份（%4–%5）。未作任何更改。</translation>
    </message>
    <message>
        <source>There is no data directory to keep the holiday calendar in.</source>
        <translation>没有可保存节假日日历的数据目录。</translation>
    </message>
    <message>
        <source>Cannot keep the holiday calendar in %1: %2. Nothing was changed.</source>
        <translation>无法将节假日日历保存到 %1：%2。未作任何更改。</translation>
    </message>
    <message>
        <source>PIAdesk&apos;s holiday calendar is missing or invalid: %1 Reinstall PIAdesk.</source>
        <translation>PIAdesk 的节假日日历缺失或无效：%1 请重新安装 PIAdesk。</translation>
    </message>
</context>
<context>
    <name>piadesk::CalendarLoader</name>
    <message>
        <source>must be an object of dates and holiday names, not %1.</source>
        <translation>必须是由日期和节假日名称组成的对象，而不是 %1。</translation>
    </message>
    <message>
        <source>is not a real date (YYYY-MM-DD).</source>
        <translation>不是真实存在的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>lies in %1, a year that &quot;years&quot; does not list.</source>
        <translation>位于 %1 年，而“years”未列出该年份。</translation>
    </message>
    <message>
        <source>must name its holiday in one line of at most %1 characters.</source>
        <translation>必须用一行、不超过 %1 个字符写明所属节假日。</translation>
    </message>
    <message>
        <source>Cannot read the holiday calendar %1: %2.</source>
        <translation>无法读取节假日日历 %1：%2。</translation>
    </message>
    <message>
        <source>The file %1 is larger than 4 MB; it is not a holiday calendar.</source>
        <translation>文件 %1 超过 4 MB，不是节假日日历。</translation>
    </message>
    <message>
        <source>The holiday calendar %1 was refused:
%2</source>
        <translation>节假日日历 %1 被拒绝：
%2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>文件中不是 JSON 对象。</translation>
    </message>
    <message>
        <source>must list the years the file covers, consecutive and in ascending order (e.g. [2025, 2026]), from %1 to %2.</source>
        <translation>必须按升序列出文件覆盖的连续年份（如 [2025, 2026]），年份在 %1 至 %2 之间。</translation>
    </message>
    <message>
        <source>is listed as a holiday too; a day is either a holiday or a working day.</source>
        <translation>同时被列为节假日；一天只能是节假日或工作日之一。</translation>
    </message>
    <message>
        <source>is a Monday to Friday; a make-up working day is a Saturday or Sunday declared a working day.</source>
        <translation>是周一至周五；调休上班日必须是被调为工作日的周六或周日。</translation>
    </message>
    <message>
        <source>lists %1 days off in %2; a year with all its holidays has at least %3. The file is incomplete.</source>
        <translation>%2 年只列出了 %1 天休息日；完整的一年至少有 %3 天。文件不完整。</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseDeletion</name>
    <message>
        <source>the retention of assessment reports</source>
        <translation>评估报告的保存要求</translation>
    </message>
    <message>
        <source>The case “%1” cannot be deleted yet: the report of version %2 must be kept until %3 (%4). The case can be deleted from %5.</source>
        <translation>案件“%1”暂不能删除：第 %2 版的评估报告须保存至 %3（%4）。自 %5 起方可删除该案件。</translation>
    </message>
    <message numerus="yes">
        <source>Delete the case “%1” with its %n version(s), its filings and its evidence from this case file?</source>
        <translation>
            <numerusform>从本案卷文件中删除案件“%1”及其 %n 个版本、备案记录和证明材料？</numerusform>
        </translation>
    </message>
    <message>
        <source>The retention of its reports has ended (the last on %1).</source>
        <translation>其评估报告的保存期已届满（最后一份至 %1）。</translation>
    </message>
    <message>
        <source>This cannot be undone; the deletion is recorded in the audit log.</source>
        <translation>此操作无法撤销；删除将记入审计日志。</translation>
    </message>
    <message>
        <source>Version %1 of this case does not exist.</source>
        <translation>本案件不存在第 %1 版。</translation>
    </message>
    <message>
        <source>Version %1 cannot be deleted yet: its report must be kept until %2 (%3). It can be deleted from %4.</source>
        <translation>第 %1 版暂不能删除：其评估报告须保存至 %2（%3）。自 %4 起方可删除。</translation>
    </message>
    <message>
        <source>Delete version %1? Its report was kept until %2, the end of its retention.</source>
        <translation>删除第 %1 版？其评估报告已保存至 %2，保存期已届满。</translation>
    </message>
    <message>
        <source>Delete version %1, a draft? What was entered in it is lost; the versions before it stay as they are.</source>
        <translation>删除第 %1 版（草稿）？其中填写的内容将丢失；之前的版本保持不变。</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseDialog</name>
    <message>
        <source>Changes are saved as you type. Finalized versions keep the facts they assessed; if the purpose or methods change, re-assess the case (Case → Re-assess) and record the change for the filing.</source>
        <translation>修改随输入保存。已定稿的版本保留其评估时的事实；如处理目的或处理方式发生变化，请重新评估案件（案件 → 重新评估），并为备案记录该变化。</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>%1 — Case</source>
        <translation>%1 — 案件</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseEditor</name>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation>案件 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>The case file is open read-only; nothing can be changed.</source>
        <translation>案卷文件以只读方式打开，无法修改。</translation>
    </message>
    <message>
        <source>The case has no assessment yet.</source>
        <translation>该案件尚无评估。</translation>
    </message>
    <message>
        <source>Version %1 was finalized on %2 and has since been superseded; it is kept as it was, for the record, and cannot be changed.</source>
        <translation>第 %1 版已于 %2 定稿，其后已被新版本取代；该版本原样留存备查，不能修改。</translation>
    </message>
    <message>
        <source>Version %1 was finalized on %2 and is kept as it was, for the record; to change anything, re-assess the case.</source>
        <translation>第 %1 版已于 %2 定稿，原样留存备查；如需修改，请重新评估该案件。</translation>
    </message>
    <message>
        <source>Edit the organisation</source>
        <translation>编辑单位信息</translation>
    </message>
    <message>
        <source>Edit the case facts</source>
        <translation>编辑案件事实</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>请回答 %1。 {1?}</translation>
    </message>
    <message>
        <source>Edit the risks</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <source>Edit the measures</source>
        <translation>编辑措施</translation>
    </message>
    <message>
        <source>Edit the sign-off</source>
        <translation>编辑签署信息</translation>
    </message>
    <message>
        <source>A re-assessment needs a trigger other than the initial assessment.</source>
        <translation>重新评估须有首次评估以外的触发事由。</translation>
    </message>
    <message>
        <source>Describe what changed or happened: the report and the filing change cite it.</source>
        <translation>请说明发生了什么变化或事件：评估报告和变更备案将引用该说明。</translation>
    </message>
    <message>
        <source>Give the date of the change or incident: deadlines are counted from it.</source>
        <translation>请填写变化或事件发生的日期：期限自该日起计算。</translation>
    </message>
    <message>
        <source>No assessment version is open.</source>
        <translation>未打开任何评估版本。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is %2; attachments are limited to %3.</source>
        <translation>%1 大小为 %2；附件上限为 %3。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Edit the data map</source>
        <translation>编辑数据清单</translation>
    </message>
    <message>
        <source>The risk to remove is not in this version.</source>
        <translation>要删除的风险不在此版本中。</translation>
    </message>
    <message>
        <source>Remove a risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <source>The organisation to copy from is no longer in this case file.</source>
        <translation>要复制的单位已不在此案卷文件中。</translation>
    </message>
    <message>
        <source>The team store is open read-only; nothing can be changed.</source>
        <translation>团队案卷库以只读方式打开，无法修改。</translation>
    </message>
    <message>
        <source>The organisation to copy from is no longer in this team store.</source>
        <translation>要复制的单位已不在此团队案卷库中。</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseExchange</name>
    <message>
        <source>is not a known field.</source>
        <translation>不是可识别的字段。</translation>
    </message>
    <message>
        <source>must be an array.</source>
        <translation>必须是数组。</translation>
    </message>
    <message>
        <source>repeats the id &quot;%1&quot; used elsewhere in the document.</source>
        <translation>与文档中其他位置的标识“%1”重复。</translation>
    </message>
    <message>
        <source>refers to assessment &quot;%1&quot;, which is not in this case.</source>
        <translation>引用的评估版本“%1”不属于本案件。</translation>
    </message>
    <message>
        <source>says %1 bytes but the data has %2.</source>
        <translation>标注为 %1 字节，但实际数据为 %2 字节。</translation>
    </message>
    <message>
        <source>does not match the data: the attachment is damaged.</source>
        <translation>与数据不符：附件已损坏。</translation>
    </message>
    <message>
        <source>repeats version number %1.</source>
        <translation>版本号 %1 重复。</translation>
    </message>
    <message>
        <source>repeats a risk id of this version.</source>
        <translation>与本版本中的风险标识重复。</translation>
    </message>
    <message>
        <source>repeats a measure id of this version.</source>
        <translation>与本版本中的措施标识重复。</translation>
    </message>
    <message>
        <source>refers to risk &quot;%1&quot;, which is not in this version.</source>
        <translation>引用的风险“%1”不在本版本中。</translation>
    </message>
    <message>
        <source>refers to attachment &quot;%1&quot;, which is not in this case.</source>
        <translation>引用的附件“%1”不属于本案件。</translation>
    </message>
    <message>
        <source>must be &quot;initial&quot; for the first version.</source>
        <translation>第一个版本必须为“initial”（首次评估）。</translation>
    </message>
    <message>
        <source>can be &quot;initial&quot; only for the first version.</source>
        <translation>只有第一个版本可以为“initial”（首次评估）。</translation>
    </message>
    <message>
        <source>must be greater than the previous version&apos;s number.</source>
        <translation>必须大于上一版本的版本号。</translation>
    </message>
    <message>
        <source>is %1 but lacks finalizedAt, retainUntil, contentHash or record.</source>
        <translation>状态为 %1，但缺少 finalizedAt、retainUntil、contentHash 或 record。</translation>
    </message>
    <message>
        <source>does not match the version&apos;s content: the finalized version was altered after it was finalized.</source>
        <translation>与该版本内容不符：已定稿版本在定稿后被修改。</translation>
    </message>
    <message>
        <source>is a %1 but carries finalization data.</source>
        <translation>状态为 %1，却带有定稿信息。</translation>
    </message>
    <message>
        <source>has more than one version that is not finalized.</source>
        <translation>有不止一个未定稿的版本。</translation>
    </message>
    <message>
        <source>has more than one finalized version; earlier ones must be superseded.</source>
        <translation>有不止一个已定稿版本；较早的版本应为“已被取代”。</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行第 %2 列</translation>
    </message>
    <message>
        <source>The file is %1 MiB; a case document may have at most %2 MiB.</source>
        <translation>文件大小为 %1 MiB；案件文档最大为 %2 MiB。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1, at %2).</source>
        <translation>文件不是有效的 JSON（%1，位于%2）。</translation>
    </message>
    <message>
        <source>The file is JSON but not a PIAdesk case document (its top level is not an object).</source>
        <translation>文件是 JSON，但不是 PIAdesk 案件文档（顶层不是对象）。</translation>
    </message>
    <message>
        <source>must be &quot;piadesk-case&quot;: this is not a PIAdesk case document.</source>
        <translation>必须为“piadesk-case”：这不是 PIAdesk 案件文档。</translation>
    </message>
    <message>
        <source>is %1: the document comes from a newer PIAdesk. This version reads format version %2.</source>
        <translation>为 %1：该文档来自更新版本的 PIAdesk。本版本只能读取格式版本 %2。</translation>
    </message>
    <message>
        <source>must be a non-empty array of cases.</source>
        <translation>必须是非空的案件数组。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>必须是对象。</translation>
    </message>
    <message>
        <source>must be the case&apos;s id (a non-empty string).</source>
        <translation>必须是案件标识（非空字符串）。</translation>
    </message>
    <message>
        <source>is missing: the attachment&apos;s bytes must be included.</source>
        <translation>缺失：必须包含附件内容。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; the document has %n problem(s):</source>
        <translation>
            <numerusform>未导入任何内容；文档存在 %n 个问题：</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1.</source>
        <translation>必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>must be a rule-set id like &quot;cn-cac-frt-2023-draft&quot;.</source>
        <translation>必须是规则集编号，例如“cn-cac-frt-2023-draft”。</translation>
    </message>
    <message>
        <source>repeats a processing activity id of this version.</source>
        <translation>与本版本中另一处理活动的标识重复。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is too large to be a case document (%2 MiB; the limit is %3 MiB).</source>
        <translation>%1 过大，不可能是案件文档（%2 MiB；上限为 %3 MiB）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported; %1 has %n problem(s):</source>
        <translation>
            <numerusform>未导入任何内容；%1 存在 %n 个问题：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>piadesk::CaseFactsForm</name>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseListModel</name>
    <message>
        <source>Version %1, %2</source>
        <translation>第 %1 版，%2</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>People stored</source>
        <translation>存储人数</translation>
    </message>
    <message>
        <source>Overall risk</source>
        <translation>总体风险</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>下一期限</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1（已被取代）</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseStore</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a PIAdesk case file. It was left as it is.</source>
        <translation>%1 是空文件，不是 PIAdesk 案卷文件。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is not a PIAdesk case file (it is not an SQLite database). It was left as it is.</source>
        <translation>%1 不是 PIAdesk 案卷文件（不是 SQLite 数据库）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short. It was left as it is; restore it from a backup.</source>
        <translation>%1 已损坏：文件不完整。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a PIAdesk case file. It was left as it is.</source>
        <translation>%1 是 SQLite 数据库，但不是 PIAdesk 案卷文件。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PIAdesk (case file schema %2; this version reads up to %3). Update PIAdesk to open it. The file was left as it is.</source>
        <translation>%1 由更新版本的 PIAdesk 写入（案卷文件结构版本 %2；本版本最高支持 %3）。请升级 PIAdesk 后再打开。文件未作任何改动。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing: its folder is not writable.</source>
        <translation>无法以写入方式打开 %1：所在文件夹不可写。</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened (%2). It was left as it is; restore it from a backup.</source>
        <translation>%1 已损坏，无法打开（%2）。文件未作任何改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>%1 uses an older case file schema (%2) and must be updated before it can be read; open it for writing once.</source>
        <translation>%1 使用较旧的案卷文件结构（版本 %2），需先升级才能读取；请以写入方式打开一次。</translation>
    </message>
    <message>
        <source>%1 needs a schema update, but the backup copy %2 could not be written (%3). Nothing was changed.</source>
        <translation>%1 需要升级文件结构，但无法写入备份副本 %2（%3）。未作任何改动。</translation>
    </message>
    <message>
        <source>A backup of the file as it was is at %1.</source>
        <translation>升级前的文件备份位于 %1。</translation>
    </message>
    <message>
        <source>This assessment version is finalized and cannot be changed. Start a re-assessment to revise it.</source>
        <translation>该评估版本已定稿，不能修改。如需修订，请发起重新评估。</translation>
    </message>
    <message>
        <source>A finalized assessment report must be kept until its retain-until date and cannot be deleted before then.</source>
        <translation>已定稿的评估报告须保存至其保存期限届满，届满前不得删除。</translation>
    </message>
    <message>
        <source>The audit log cannot be changed.</source>
        <translation>审计日志不可更改。</translation>
    </message>
    <message>
        <source>The case file is busy in another program. The change was not saved; try again.</source>
        <translation>案卷文件正被其他程序占用。本次修改未保存，请重试。</translation>
    </message>
    <message>
        <source>The case file is open read-only. The change was not saved.</source>
        <translation>案卷文件以只读方式打开。本次修改未保存。</translation>
    </message>
    <message>
        <source>The case file is damaged (%1). The change was not saved.</source>
        <translation>案卷文件已损坏（%1）。本次修改未保存。</translation>
    </message>
    <message>
        <source>The case file could not be written (%1). The change was not saved.</source>
        <translation>无法写入案卷文件（%1）。本次修改未保存。</translation>
    </message>
    <message>
        <source>The case file refused the change: %1</source>
        <translation>案卷文件拒绝了本次修改：%1</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>Organisation %1 does not exist.</source>
        <translation>单位 %1 不存在。</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <source>The organisation of case %1 is missing.</source>
        <translation>案件 %1 所属的单位缺失。</translation>
    </message>
    <message>
        <source>Assessment version %1 does not exist.</source>
        <translation>评估版本 %1 不存在。</translation>
    </message>
    <message>
        <source>Version %1 is %2 and cannot be changed. Start a re-assessment to revise it.</source>
        <translation>第 %1 版状态为“%2”，不能修改。如需修订，请发起重新评估。</translation>
    </message>
    <message>
        <source>The trigger description %1</source>
        <translation>触发原因说明%1</translation>
    </message>
    <message>
        <source>The trigger date %1</source>
        <translation>触发日期%1</translation>
    </message>
    <message>
        <source>Version %1 of this case is still %2. Finalize or delete it before starting a new one.</source>
        <translation>本案件第 %1 版仍处于“%2”状态。请先定稿或删除该版本，再发起新版本。</translation>
    </message>
    <message>
        <source>The first assessment of a case is the initial assessment.</source>
        <translation>案件的第一次评估应为首次评估。</translation>
    </message>
    <message>
        <source>This case has been assessed already; a new version needs a trigger such as a change of purpose or methods.</source>
        <translation>本案件已评估过；新版本需要触发原因，例如处理目的或处理方式发生变化。</translation>
    </message>
    <message>
        <source>A re-assessment needs the date of its trigger.</source>
        <translation>重新评估需要填写触发日期。</translation>
    </message>
    <message numerus="yes">
        <source>%n risk(s)</source>
        <translation>
            <numerusform>%n 项风险</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n 项措施</numerusform>
        </translation>
    </message>
    <message>
        <source>the assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>the reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Version %1 cannot be finalized yet: name %2.</source>
        <translation>第 %1 版尚不能定稿：请填写%2。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Filing %1 does not exist in this case.</source>
        <translation>本案件中不存在备案记录 %1。</translation>
    </message>
    <message>
        <source>Filing %1 does not exist.</source>
        <translation>备案记录 %1 不存在。</translation>
    </message>
    <message>
        <source>The assessment version this attachment is for does not belong to the case.</source>
        <translation>该附件对应的评估版本不属于本案件。</translation>
    </message>
    <message>
        <source>Version %1 is finalized; evidence cannot be added to it.</source>
        <translation>第 %1 版已定稿，不能再添加证明材料。</translation>
    </message>
    <message>
        <source>Attachment %1 does not exist.</source>
        <translation>附件 %1 不存在。</translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; (%2) is already in this case file.</source>
        <translation>案件“%1”（%2）已在本案卷文件中。</translation>
    </message>
    <message>
        <source>Assessment version %1 (%2) is already in this case file.</source>
        <translation>评估版本 %1（%2）已在本案卷文件中。</translation>
    </message>
    <message numerus="yes">
        <source>%1, with %n assessment version(s)</source>
        <translation>
            <numerusform>%1，含 %n 个评估版本</numerusform>
        </translation>
    </message>
    <message>
        <source>SQLite integrity check: %1</source>
        <translation>SQLite 完整性检查：%1</translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation>SQLite 完整性检查失败：%1</translation>
    </message>
    <message>
        <source>The audit log is empty: its events were removed.</source>
        <translation>审计日志为空：其中的事件已被删除。</translation>
    </message>
    <message>
        <source>Case &quot;%1&quot; (id %2), version %3: the content no longer matches the hash recorded when it was finalized. It was changed outside PIAdesk.</source>
        <translation>案件“%1”（编号 %2）第 %3 版：内容与定稿时记录的哈希值不再一致，已在 PIAdesk 之外被修改。</translation>
    </message>
    <message>
        <source>An attachment&apos;s content (SHA-256 %1) was changed outside PIAdesk.</source>
        <translation>附件内容（SHA-256 %1）已在 PIAdesk 之外被修改。</translation>
    </message>
    <message>
        <source>%1 is in use by another program. Close it there first, or open the file read-only.</source>
        <translation>%1 正被其他程序使用。请先在该程序中关闭，或以只读方式打开该文件。</translation>
    </message>
    <message>
        <source>A row of table %1 refers to a missing row of %2: rows were deleted outside PIAdesk.</source>
        <translation>表 %1 中的记录引用了 %2 中不存在的记录：有记录在 PIAdesk 之外被删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a rule-set id.</source>
        <translation>“%1”不是规则集编号。</translation>
    </message>
    <message>
        <source>A version can only be finalized under a rule set that sets its retention period.</source>
        <translation>只能在规定了保存期限的规则集下定稿。</translation>
    </message>
    <message>
        <source>Version %1 cannot be finalized:</source>
        <translation>第 %1 版无法定稿：</translation>
    </message>
    <message>
        <source>%1 is the open case file; choose another name for the copy.</source>
        <translation>%1 是当前打开的案卷文件；请为副本另取文件名。</translation>
    </message>
    <message>
        <source>The copy %1 cannot be written: %2</source>
        <translation>无法写入副本 %1：%2</translation>
    </message>
    <message>
        <source>The copy %1 is not readable, so it was not kept: %2</source>
        <translation>副本 %1 无法读取，因此未保留：%2</translation>
    </message>
    <message>
        <source>The copy cannot be put in place at %1.</source>
        <translation>无法将副本放到 %1。</translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; has a finalized version and cannot be discarded.</source>
        <translation>案件“%1”已有定稿版本，不能丢弃。</translation>
    </message>
    <message>
        <source>%1 was not closed properly (a save was interrupted) and must be recovered before it can be read. Open it for writing once.</source>
        <translation>%1 未正常关闭（有一次保存被中断），须先恢复才能读取。请以可写方式打开一次。</translation>
    </message>
    <message>
        <source>The disk is full (or the file has reached the size this account may write). The change was not saved; the case file is as it was before. Free some space and make the change again.</source>
        <translation>磁盘已满（或文件已达到此账户允许写入的大小）。此次修改未保存，案卷文件保持原状。请释放空间后重新修改。</translation>
    </message>
    <message>
        <source>The audit log of case &quot;%1&quot; was changed outside PIAdesk (event %2, %3).</source>
        <translation>案件“%1”的审计日志已在 PIAdesk 之外被修改（审计事件 %2，%3）。</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>文件比其文件头所记录的短</translation>
    </message>
    <message numerus="yes">
        <source>%n processing activity(ies)</source>
        <translation>
            <numerusform>%n 项处理活动</numerusform>
        </translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; cannot be deleted: the report of version %2 must be kept until %3 (retention of assessment reports). It can be deleted from %4.</source>
        <translation>案件“%1”不能删除：第 %2 版的评估报告须保存至 %3（评估报告保存要求）。自 %4 起方可删除。</translation>
    </message>
    <message>
        <source>Version %1 is finalized; its report must be kept until %2 (retention of assessment reports). It can be deleted from %3.</source>
        <translation>第 %1 版已定稿，其评估报告须保存至 %2（评估报告保存要求）。自 %3 起方可删除。</translation>
    </message>
    <message>
        <source>No new case file is created there.</source>
        <translation>不会在该位置新建案卷文件。</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder is not writable.</source>
        <translation>无法创建 %1：所在文件夹不可写。</translation>
    </message>
    <message>
        <source>%1 is on a shared file system (%2). PIAdesk opens case files there read-only: file locking is not reliable on network and FUSE file systems, and two programs writing the file at once could damage it. To change the cases, copy the file to a local disk; for several officers working on the same cases, use a team store on a database server instead of a shared file.</source>
        <translation>%1 位于共享文件系统（%2）上。PIAdesk 在此类位置只以只读方式打开案卷文件：网络文件系统和 FUSE 文件系统上的文件锁不可靠，两个程序同时写入可能损坏文件。如需修改案件，请将文件复制到本地磁盘；多名人员共同处理同一批案件时，请使用数据库服务器上的团队案卷库，而不是共享文件。</translation>
    </message>
    <message>
        <source>Other accounts on this computer can read %1 (permissions %2), which holds personal information. Make it private: chmod 600 %1, or open it in PIAdesk and accept its offer.</source>
        <translation>本机其他账户可以读取 %1（权限 %2），而该文件含有个人信息。请将其设为仅本人可访问：执行 chmod 600 %1，或在 PIAdesk 中打开该文件并接受提示。</translation>
    </message>
    <message>
        <source>%1 is in use by %2 (process %3 of %4 on %5). Close it there first, or open the file read-only.</source>
        <translation>%1 正被 %2 使用（%5 上用户 %4 的进程 %3）。请先在该处关闭，或以只读方式打开文件。</translation>
    </message>
    <message>
        <source>The case summaries cannot be formed: the file did not record the rules and calendar they are formed under.</source>
        <translation>无法生成案件摘要：文件未能记录生成摘要所依据的规则集和节假日日历。</translation>
    </message>
    <message>
        <source>%1 cannot be set up: PIAdesk&apos;s team store schema is missing.</source>
        <translation>无法设置 %1：缺少 PIAdesk 的团队案卷库结构。</translation>
    </message>
    <message>
        <source>%1 cannot be set up as a team store: %2</source>
        <translation>无法将 %1 设置为团队案卷库：%2</translation>
    </message>
    <message>
        <source>Cannot connect to the team store %1: %2</source>
        <translation>无法连接团队案卷库 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a database but not a PIAdesk team store. It was left as it is.</source>
        <translation>%1 是一个数据库，但不是 PIAdesk 团队案卷库。未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a PIAdesk team store.</source>
        <translation>%1 是一个空数据库，尚未设置为 PIAdesk 团队案卷库。</translation>
    </message>
    <message>
        <source>%1 is an empty database. Its owner sets it up as a team store by opening it first with PIAdesk (or with scripts/team-server.sh); %2 cannot.</source>
        <translation>%1 是一个空数据库。须由其所有者首先用 PIAdesk 打开（或运行 scripts/team-server.sh），将其设置为团队案卷库；%2 无权设置。</translation>
    </message>
    <message>
        <source>%1 was set up by a newer version of PIAdesk (team store schema %2; this version reads up to %3). Update PIAdesk to open it. The database was left as it is.</source>
        <translation>%1 由更新版本的 PIAdesk 设置（团队案卷库结构版本 %2；本版本最高支持 %3）。请升级 PIAdesk 后再打开。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>%1 uses an older team store schema (%2) that this version of PIAdesk cannot update. The database was left as it is.</source>
        <translation>%1 使用较旧的团队案卷库结构（版本 %2），本版本 PIAdesk 无法升级。数据库未作任何改动。</translation>
    </message>
    <message>
        <source>Only a reviewer can finalize an assessment version; your role on the team store (%1) does not allow it. Nothing was saved.</source>
        <translation>只有审核人可以将评估版本定稿；您在团队案卷库中的角色（%1）无此权限。未保存任何内容。</translation>
    </message>
    <message>
        <source>You worked on this draft, so you cannot also finalize it: another reviewer must (four-eyes principle). Nothing was saved.</source>
        <translation>您参与编写了此草稿，因此不能再由您定稿，须由另一名审核人定稿（双人复核原则）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Only the person responsible for personal-information protection (the approver role on the team store) can sign the approval. Nothing was saved.</source>
        <translation>只有个人信息保护负责人（团队案卷库中的批准人角色）可以签批。未保存任何内容。</translation>
    </message>
    <message>
        <source>The team store refused the audit event of this change (%1). Nothing was saved.</source>
        <translation>团队案卷库拒绝了此项修改的审计事件（%1）。未保存任何内容。</translation>
    </message>
    <message>
        <source>Your role on the team store (%1) does not allow this change. Nothing was saved. (%2)</source>
        <translation>您在团队案卷库中的角色（%1）不允许此项修改。未保存任何内容。（%2）</translation>
    </message>
    <message>
        <source>The connection to the team store was lost (%1). The change was not saved; connect again and make it again.</source>
        <translation>与团队案卷库的连接已断开（%1）。修改未保存；请重新连接后再次修改。</translation>
    </message>
    <message>
        <source>The team store is busy with another officer&apos;s change. Nothing was saved; try again.</source>
        <translation>团队案卷库正在处理其他人员的修改。未保存任何内容；请重试。</translation>
    </message>
    <message>
        <source>The team store is open read-only. The change was not saved.</source>
        <translation>团队案卷库以只读方式打开。修改未保存。</translation>
    </message>
    <message>
        <source>The team store&apos;s server has no room left (%1). The change was not saved; ask its administrator.</source>
        <translation>团队案卷库的服务器已无剩余空间（%1）。修改未保存；请联系其管理员。</translation>
    </message>
    <message>
        <source>The team store refused the change: %1</source>
        <translation>团队案卷库拒绝了此项修改：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was changed by %2 at %3, after you opened it, so your change was not saved. Reload the case to see that change, then make yours again.</source>
        <translation>“%1”在您打开后已由 %2 于 %3 修改，因此您的修改未保存。请重新载入案件查看该修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <source>A team store is not copied page by page: copy its cases to a case file with piadesk-cli copy --from %1 --to %2.</source>
        <translation>团队案卷库不能逐页复制：请用 piadesk-cli copy --from %1 --to %2 将其案件复制到案卷文件。</translation>
    </message>
    <message>
        <source>%1 The change was not saved.</source>
        <translation>%1 修改未保存。</translation>
    </message>
    <message>
        <source>You are connected to the team store as %1, whose role reads the cases but changes none (an auditor or administrator).</source>
        <translation>您以 %1 的身份连接到团队案卷库，该角色只能查看案件，不能修改（审计员或管理员）。</translation>
    </message>
    <message>
        <source>Another officer saved a change to the same case at the same moment, so yours was not saved. Reload the case to see that change, then make yours again.</source>
        <translation>另一名人员同时保存了对同一案件的修改，因此您的修改未保存。请重新载入案件查看该修改，然后再次进行您的修改。</translation>
    </message>
    <message>
        <source>The case &quot;%1&quot; (%2) is already in this team store.</source>
        <translation>案件“%1”（%2）已在本团队案卷库中。</translation>
    </message>
    <message>
        <source>Assessment version %1 (%2) is already in this team store.</source>
        <translation>评估版本 %1（%2）已在本团队案卷库中。</translation>
    </message>
    <message>
        <source>Your role on the team store (%1) does not allow reading this (%2). If it did before, your role has been changed since you connected: ask the team store&apos;s administrator.</source>
        <translation>您在团队案卷库中的角色（%1）不允许读取此内容（%2）。如果此前可以读取，说明您连接之后角色已被更改：请联系团队案卷库的管理员。</translation>
    </message>
    <message>
        <source>The connection to the team store was lost (%1). Connect again.</source>
        <translation>与团队案卷库的连接已断开（%1）。请重新连接。</translation>
    </message>
    <message>
        <source>The team store is busy with another officer&apos;s change; try again.</source>
        <translation>团队案卷库正在处理其他人员的修改；请重试。</translation>
    </message>
    <message>
        <source>The team store could not be read: %1</source>
        <translation>无法读取团队案卷库：%1</translation>
    </message>
    <message>
        <source>The case file is damaged (%1).</source>
        <translation>案卷文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>The case file is busy in another program; try again.</source>
        <translation>案卷文件正被其他程序占用；请重试。</translation>
    </message>
    <message>
        <source>The case file could not be read (%1).</source>
        <translation>无法读取案卷文件（%1）。</translation>
    </message>
    <message>
        <source>The case file could not be read: %1</source>
        <translation>无法读取案卷文件：%1</translation>
    </message>
</context>
<context>
    <name>piadesk::CaseView</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>触发原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Finalized on</source>
        <translation>定稿日期</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存至</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <source>Select two versions to compare them side by side.</source>
        <translation>选择两个版本，并排比较其内容。</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Select a case in the register to see its versions, what stands against it, its filings and its next deadlines here.</source>
        <translation>在案件登记表中选择一个案件，此处将显示其评估版本、尚存的问题、备案情况和即将到期的期限。</translation>
    </message>
    <message>
        <source>Finalized under %1</source>
        <translation>依据 %1 定稿</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %Ln people stored</source>
        <translation>
            <numerusform>%1 · %2 · 存储 %Ln 人的人脸信息</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>Not assessed yet.</source>
        <translation>尚未评估。</translation>
    </message>
    <message>
        <source>Prohibited practices standing:</source>
        <translation>仍存在的禁止情形：</translation>
    </message>
    <message>
        <source>Conditions not yet addressed:</source>
        <translation>尚未说明的附条件情形：</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Not required by these rules.</source>
        <translation>依本规则集无需备案。</translation>
    </message>
    <message>
        <source>Required: used in a public place.</source>
        <translation>须备案：在公共场所使用。</translation>
    </message>
    <message>
        <source>Required: the number of people stored reaches the threshold.</source>
        <translation>须备案：存储的人脸信息数量达到门槛。</translation>
    </message>
    <message>
        <source>No filing recorded.</source>
        <translation>尚无备案记录。</translation>
    </message>
    <message>
        <source>submitted on %1</source>
        <translation>已于 %1 提交</translation>
    </message>
    <message>
        <source>not submitted, due %1</source>
        <translation>未提交，截止日期 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>reference %1</source>
        <translation>备案编号 %1</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>即将到期的期限</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>没有未完成的期限。</translation>
    </message>
    <message>
        <source>estimated: beyond the holiday calendar</source>
        <translation>估算：超出节假日日历范围</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Open measures</source>
        <translation>未完成的措施</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>%1, due %2, %3</source>
        <translation>%1，截止 %2，%3</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>未指定负责人</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>未定日期</translation>
    </message>
    <message>
        <source>version %1 until %2</source>
        <translation>第 %1 版保存至 %2</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>No finalized version yet.</source>
        <translation>尚无已定稿的版本。</translation>
    </message>
    <message>
        <source>Reports kept: %1.</source>
        <translation>报告保存：%1。</translation>
    </message>
    <message>
        <source>Version %1, %2: %3% complete. No risk rated yet.</source>
        <translation>第 %1 版，%2：已完成 %3%。尚未评定风险。</translation>
    </message>
    <message>
        <source>Version %1, %2: %3% complete. Overall risk: %4 residual.</source>
        <translation>第 %1 版，%2：已完成 %3%。总体风险：残余风险%4。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the items of a list</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>No case yet</source>
        <translation>尚无案件</translation>
    </message>
    <message>
        <source>This case file holds no case. Start a new assessment: PIAdesk asks which rules apply, then walks through the organisation, the processing, the questions, the risks and the sign-off.</source>
        <translation>本案卷文件中还没有案件。请新建评估：PIAdesk 会先询问适用的规则，再依次引导填写单位信息、处理情况、评估问题、风险和签批。</translation>
    </message>
    <message>
        <source>Or import cases from a case exchange document (.json), for example one exported from another case file.</source>
        <translation>也可以从案件交换文档（.json）导入案件，例如从另一个案卷文件导出的文档。</translation>
    </message>
    <message>
        <source>Delete the selected version: a draft at any time, a finalized one once its report need no longer be kept.</source>
        <translation>删除所选版本：草稿可随时删除；已定稿的版本须在其评估报告保存期届满后方可删除。</translation>
    </message>
    <message>
        <source>To look around first, make a demo case file: invented organisations and cases, in a new file of its own.</source>
        <translation>如想先了解一下，可新建示例案卷文件：其中是虚构的单位和案件，保存在单独的新文件中。</translation>
    </message>
    <message>
        <source>This team store holds no case yet. Start a new assessment: PIAdesk asks which rules apply, then walks through the organisation, the processing, the questions, the risks and the sign-off.</source>
        <translation>本团队案卷库中还没有案件。请新建评估：PIAdesk 会先询问适用的规则，再依次引导填写单位信息、处理情况、评估问题、风险和签批。</translation>
    </message>
</context>
<context>
    <name>piadesk::ChangesPage</name>
    <message>
        <source>Version %1: what changed since version %2</source>
        <translation>第 %1 版：自第 %2 版以来的变化</translation>
    </message>
    <message>
        <source>Trigger: %1 on %2. %3</source>
        <translation>触发事由：%2 %1。%3</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>第 %1 项（%2）</translation>
    </message>
    <message>
        <source>To review because of the trigger: %1.</source>
        <translation>因触发事由须复核：%1。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Version %1 (this one)</source>
        <translation>第 %1 版（本版）</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚无变化。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>piadesk::Cli</name>
    <message>
        <source>list takes no arguments.</source>
        <translation>list 命令不带参数。</translation>
    </message>
    <message>
        <source>import needs one file: import CASE.json</source>
        <translation>import 命令需要一个文件：import CASE.json</translation>
    </message>
    <message>
        <source>export needs one case: export CASE_ID</source>
        <translation>export 命令需要一个案件：export CASE_ID</translation>
    </message>
    <message>
        <source>verify takes no arguments.</source>
        <translation>verify 命令不带参数。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>Run piadesk-cli --help for the commands.</source>
        <translation>运行 piadesk-cli --help 查看可用命令。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no case file at %1 yet.</source>
        <translation>%1 处尚无案卷文件。</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>没有案件。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>v%1 %2</source>
        <translation>第%1版 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no case %1 in %2.</source>
        <translation>%2 中没有案件 %1。</translation>
    </message>
    <message>
        <source>Case file: %1</source>
        <translation>案卷文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Audit log: %n event(s), newest hash %1</source>
        <translation>
            <numerusform>审计日志：%n 条事件，最新哈希值 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalized versions checked: %1</source>
        <translation>已核验的定稿版本：%1</translation>
    </message>
    <message>
        <source>Attachments checked: %1</source>
        <translation>已核验的附件：%1</translation>
    </message>
    <message>
        <source>Everything checks out.</source>
        <translation>全部核验通过。</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message numerus="yes">
        <source>Verification failed: %n problem(s).</source>
        <translation>
            <numerusform>核验未通过：共 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>案卷文件。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Who the audit log names.</source>
        <translation>审计日志中记录的操作人。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Write the result to a file.</source>
        <translation>将结果写入文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>显示版本号。</translation>
    </message>
    <message>
        <source>piadesk-cli %1 (case file schema %2, case exchange format %3)</source>
        <translation>piadesk-cli %1（案卷文件结构版本 %2，案件交换格式版本 %3）</translation>
    </message>
    <message>
        <source>check needs one case: check CASE_ID</source>
        <translation>check 命令需要指定一个案件：check CASE_ID</translation>
    </message>
    <message>
        <source>finalize needs one case: finalize CASE_ID --assessor NAME --reviewer NAME</source>
        <translation>finalize 命令需要指定一个案件：finalize CASE_ID --assessor NAME --reviewer NAME</translation>
    </message>
    <message>
        <source>Case %1 has no assessment yet.</source>
        <translation>案件 %1 尚无评估。</translation>
    </message>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation>案件 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>--version needs a version number: 1, 2, …</source>
        <translation>--version 需要一个版本号：1、2……</translation>
    </message>
    <message>
        <source>Case %1 &quot;%2&quot;, version %3 (%4)</source>
        <translation>案件 %1“%2”，第 %3 版（%4）</translation>
    </message>
    <message>
        <source>Rule set: %1, version %2</source>
        <translation>规则集：%1，版本 %2</translation>
    </message>
    <message>
        <source>(this version was finalized under %1 %2)</source>
        <translation>（该版本按 %1 %2 定稿）</translation>
    </message>
    <message>
        <source>Filing: %1</source>
        <translation>备案：%1</translation>
    </message>
    <message numerus="yes">
        <source>Red flags: %n</source>
        <translation>
            <numerusform>合规红线：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>condition</source>
        <translation>附条件</translation>
    </message>
    <message>
        <source>Because: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Completeness: %1% (%2 of %3)</source>
        <translation>完成度：%1%（%3 项中已完成 %2 项）</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>Re-assessment (%1): review %2</source>
        <translation>重新评估（%1）：需复核 %2</translation>
    </message>
    <message>
        <source>Ready to finalize.</source>
        <translation>可以定稿。</translation>
    </message>
    <message>
        <source>Not ready to finalize:</source>
        <translation>尚不能定稿：</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>基本情况筛查</translation>
    </message>
    <message>
        <source>Red-flag conditions</source>
        <translation>合规红线条件说明</translation>
    </message>
    <message>
        <source>Risks and action plan</source>
        <translation>风险与行动计划</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>finalize needs the names of the assessor and the reviewer: --assessor NAME --reviewer NAME</source>
        <translation>finalize 命令需要评估人和审核人的姓名：--assessor NAME --reviewer NAME</translation>
    </message>
    <message>
        <source>Version %1 of case %2 is already finalized.</source>
        <translation>案件 %2 的第 %1 版已经定稿。</translation>
    </message>
    <message>
        <source>Version %1 of case %2 is finalized under %3 %4.
Content hash: %5
Keep the report until %6.</source>
        <translation>案件 %2 的第 %1 版已按 %3 %4 定稿。
内容哈希值：%5
报告须保存至 %6。</translation>
    </message>
    <message>
        <source>Also load the rule set in FILE.</source>
        <translation>另外加载 FILE 中的规则集。</translation>
    </message>
    <message>
        <source>Who carried out the assessment.</source>
        <translation>评估人。</translation>
    </message>
    <message>
        <source>Who reviewed the assessment.</source>
        <translation>审核人。</translation>
    </message>
    <message>
        <source>The assessment version.</source>
        <translation>评估版本号。</translation>
    </message>
    <message>
        <source>deadlines takes no arguments.</source>
        <translation>deadlines 命令不带参数。</translation>
    </message>
    <message>
        <source>calendar takes no arguments.</source>
        <translation>calendar 命令不带参数。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Holiday calendar %1–%2 loaded and kept in %3.</source>
        <translation>已加载 %1–%2 年的节假日日历，并保存在 %3。</translation>
    </message>
    <message>
        <source>workdays needs one of: workdays add DATE N, workdays between FROM TO, workdays info DATE</source>
        <translation>workdays 命令的用法：workdays add DATE N、workdays between FROM TO 或 workdays info DATE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of working days from 0 to %2.</source>
        <translation>“%1”不是 0 到 %2 之间的工作日数。</translation>
    </message>
    <message>
        <source>The result lies beyond the year %1.</source>
        <translation>计算结果超出了 %1 年。</translation>
    </message>
    <message>
        <source>--due-soon needs a number of working days from 0 to 250.</source>
        <translation>--due-soon 需要 0 到 250 之间的工作日数。</translation>
    </message>
    <message>
        <source>Load a newer holiday calendar from FILE.</source>
        <translation>从 FILE 加载较新的节假日日历。</translation>
    </message>
    <message>
        <source>Count as if today were DATE.</source>
        <translation>按 DATE 为“今天”进行计算。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The due-soon window in working days.</source>
        <translation>“即将到期”的提前量（工作日）。</translation>
    </message>
    <message>
        <source>Include met deadlines.</source>
        <translation>包括已完成的期限。</translation>
    </message>
    <message>
        <source>render needs one case: render CASE_ID</source>
        <translation>render 命令需要指定一个案件：render CASE_ID</translation>
    </message>
    <message>
        <source>--lang is zh_CN or en.</source>
        <translation>--lang 只能是 zh_CN 或 en。</translation>
    </message>
    <message numerus="yes">
        <source>Report of case %1, version %2: %3 (%n page(s)).</source>
        <translation>
            <numerusform>案件 %1 第 %2 版的评估报告：%3（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The version is a draft: every page is marked DRAFT and carries no content hash.</source>
        <translation>该版本为草稿：每页均标有 DRAFT（草稿），且没有内容哈希值。</translation>
    </message>
    <message>
        <source>The language of the document: zh_CN or en.</source>
        <translation>文档语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Write the PIA report to FILE (PDF).</source>
        <translation>将个人信息保护影响评估报告写入 FILE（PDF）。</translation>
    </message>
    <message>
        <source>Filing workbook of case %1, version %2: %3.</source>
        <translation>案件 %1 第 %2 版的备案工作簿：%3。</translation>
    </message>
    <message>
        <source>Write the filing workbook to FILE (Excel).</source>
        <translation>将备案工作簿写入 FILE（Excel）。</translation>
    </message>
    <message>
        <source>--filing is initial, modification or deregistration.</source>
        <translation>--filing 只能是 initial、modification 或 deregistration。</translation>
    </message>
    <message numerus="yes">
        <source>Filing packet (%4) of case %1, version %2: %3 (%n page(s)).</source>
        <translation>
            <numerusform>案件 %1 第 %2 版的备案材料包（%4）：%3（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the filing packet to FILE (PDF).</source>
        <translation>将备案材料包写入 FILE（PDF）。</translation>
    </message>
    <message>
        <source>The kind of filing of the packet.</source>
        <translation>材料包的备案类型。</translation>
    </message>
    <message>
        <source>--today applies to deadlines, workdays, check, render and demo only; changes are always recorded at the real time.</source>
        <translation>--today 仅适用于 deadlines、workdays、check、render 和 demo；修改总是按实际时间记录。</translation>
    </message>
    <message>
        <source>--cases and --seed apply to demo only.</source>
        <translation>--cases 和 --seed 仅适用于 demo。</translation>
    </message>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo 命令不接受参数。</translation>
    </message>
    <message>
        <source>demo needs --cases N, from 1 to %1.</source>
        <translation>demo 命令需要 --cases N，N 为 1 至 %1。</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to %1.</source>
        <translation>--seed 需要 0 至 %1 之间的整数。</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n case(s); demo cases go only into a new or empty case file.</source>
        <translation>
            <numerusform>%1 中已有 %n 个案件；模拟案件只能写入新的或空的案卷文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demo case(s) written to %1 (seed %2, built around %3).</source>
        <translation>
            <numerusform>已向 %1 写入 %n 个模拟案件（种子 %2，以 %3 为基准日期）。</numerusform>
        </translation>
    </message>
    <message>
        <source>How many demo cases to write.</source>
        <translation>要写入的模拟案件数量。</translation>
    </message>
    <message>
        <source>The seed of the demo cases.</source>
        <translation>模拟案件的随机种子。</translation>
    </message>
    <message>
        <source>about takes no arguments.</source>
        <translation>about 不接受参数。</translation>
    </message>
    <message>
        <source>PIAdesk %1, Qt %2, SQLite %3</source>
        <translation>PIAdesk %1，Qt %2，SQLite %3</translation>
    </message>
    <message>
        <source>Data files: built into the program.</source>
        <translation>数据文件：内置于程序中。</translation>
    </message>
    <message>
        <source>Data files: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>Holiday calendar: %1–%2</source>
        <translation>节假日日历：%1–%2</translation>
    </message>
    <message>
        <source>PROHIBITED, basis not shown, blocks finalization</source>
        <translation>禁止情形，依据未说明，阻止定稿</translation>
    </message>
    <message>
        <source>PROHIBITED, must stop, blocks finalization</source>
        <translation>禁止情形，必须停止，阻止定稿</translation>
    </message>
    <message>
        <source>condition, addressed</source>
        <translation>附条件，已说明</translation>
    </message>
    <message>
        <source>(unanswered)</source>
        <translation>（未回答）</translation>
    </message>
    <message numerus="yes">
        <source>Adverse findings: %n</source>
        <translation>
            <numerusform>不利发现：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conclusions the answers contradict: %n</source>
        <translation>
            <numerusform>与回答相矛盾的结论：%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Overall risk: %1 residual (%2 before measures, %3 target)</source>
        <translation>总体风险：残余风险%1（措施前%2，目标%3）</translation>
    </message>
    <message>
        <source>measures done</source>
        <translation>措施已完成</translation>
    </message>
    <message>
        <source>target %1 once measures are done</source>
        <translation>措施完成后目标为%1</translation>
    </message>
    <message>
        <source>Residual risk above the acceptable level (%1): %2</source>
        <translation>残余风险高于可接受等级（%1）：%2</translation>
    </message>
    <message>
        <source>accepted by %1 on %2: %3</source>
        <translation>已由%1于%2接受：%3</translation>
    </message>
    <message>
        <source>nobody has accepted it</source>
        <translation>尚无人接受</translation>
    </message>
    <message>
        <source>reassess needs one case: reassess CASE_ID --trigger KIND --date DATE</source>
        <translation>reassess 需要指定一个案件：reassess CASE_ID --trigger KIND --date DATE</translation>
    </message>
    <message>
        <source>Not assessed: %1</source>
        <translation>未评估：%1</translation>
    </message>
    <message>
        <source>(The administration was found %1.)</source>
        <translation>（受理的网信部门系%1确定。）</translation>
    </message>
    <message>
        <source>reassess needs --trigger, one of purpose_changed, methods_changed, security_incident, yearly_review, legal_basis_changed or other.</source>
        <translation>reassess 需要 --trigger，取值为 purpose_changed、methods_changed、security_incident、yearly_review、legal_basis_changed 或 other。</translation>
    </message>
    <message>
        <source>reassess needs --date, the date of the change or incident (YYYY-MM-DD).</source>
        <translation>reassess 需要 --date，即变化或事件发生的日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>“%1”不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Version %1 of case %2 is a draft under %3 %4.</source>
        <translation>案件 %2 的第 %1 版为草稿，依据%3 %4评估。</translation>
    </message>
    <message>
        <source>Answers carried over: %1. Questions open under the new rule set: %2. Earlier versions are unchanged.</source>
        <translation>沿用的回答：%1 项。新规则集下待回答的问题：%2 项。此前各版本保持不变。</translation>
    </message>
    <message>
        <source>What starts the re-assessment.</source>
        <translation>引起重新评估的原因。</translation>
    </message>
    <message>
        <source>The date of the change or incident.</source>
        <translation>变化或事件发生的日期。</translation>
    </message>
    <message>
        <source>What changed or happened.</source>
        <translation>发生了什么变化或事件。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The rule set the new version is assessed under.</source>
        <translation>新版本所依据的规则集。</translation>
    </message>
    <message>
        <source>render needs a file to write: render CASE_ID --report FILE.pdf, --odt FILE.odt, --packet FILE.pdf, --packet-dir DIR or --xlsx FILE.xlsx</source>
        <translation>render 需要指定要写入的文件：render CASE_ID --report FILE.pdf、--odt FILE.odt、--packet FILE.pdf、--packet-dir DIR 或 --xlsx FILE.xlsx</translation>
    </message>
    <message>
        <source>Working copy of the report of case %1, version %2: %3 (editable; not the record).</source>
        <translation>案件 %1 第 %2 版评估报告的工作稿：%3（可编辑；不是评估记录）。</translation>
    </message>
    <message>
        <source>Filing folder (%4) of case %1, version %2: %3</source>
        <translation>案件 %1 第 %2 版的备案文件夹（%4）：%3</translation>
    </message>
    <message>
        <source>filled in</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>filled in; print, sign, seal and scan it</source>
        <translation>已填写；请打印、签字、盖章后扫描</translation>
    </message>
    <message>
        <source>the case&apos;s scan</source>
        <translation>案件中的扫描件</translation>
    </message>
    <message>
        <source>attach the scan</source>
        <translation>请附扫描件</translation>
    </message>
    <message>
        <source>Write an editable working copy of the PIA report to FILE (ODT).</source>
        <translation>将个人信息保护影响评估报告的可编辑工作稿写入 FILE（ODT）。</translation>
    </message>
    <message>
        <source>Write the filing into DIR, one file per upload slot of the filing system.</source>
        <translation>将备案材料写入 DIR，备案系统的每个上传项一个文件。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Data map</source>
        <translation>数据清单</translation>
    </message>
    <message>
        <source>Warning: the summaries of the cases could not be brought up to date: %1</source>
        <translation>警告：未能更新案件摘要：%1</translation>
    </message>
    <message>
        <source>A team store on a PostgreSQL server.</source>
        <translation>PostgreSQL 服务器上的团队案卷库。</translation>
    </message>
    <message>
        <source>Give either --file or --db, not both.</source>
        <translation>--file 与 --db 只能指定其一。</translation>
    </message>
    <message>
        <source>--db takes the address of a team store: postgresql://HOST/DATABASE (or postgresql:///DATABASE?host=SOCKET_DIR).</source>
        <translation>--db 须为团队案卷库的地址：postgresql://HOST/DATABASE（或 postgresql:///DATABASE?host=SOCKET_DIR）。</translation>
    </message>
    <message>
        <source>--user cannot be used with a team store: its audit log names the role you connect as. Connect as that person instead (the user in the address, or PGUSER).</source>
        <translation>团队案卷库不能使用 --user：其审计日志记录您连接所用的角色。请改以该人员的身份连接（地址中的用户，或 PGUSER）。</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>团队案卷库：%1</translation>
    </message>
    <message>
        <source>--from and --to apply to copy only.</source>
        <translation>--from 和 --to 仅适用于 copy。</translation>
    </message>
    <message>
        <source>Usage: piadesk-cli [--file PATH | --db URL] [--user NAME] COMMAND [ARGUMENTS]

Keeps the facial-recognition impact assessments and CAC filings of a PIAdesk case file or team store.

Commands:
  list [--json]                 List the cases in the case file.
  import CASE.json              Import the cases of an exchange document; prints their ids.
  export CASE_ID [--out FILE]   Export one case (id or uuid) as an exchange document.
  verify                        Check the file&apos;s integrity, audit log and finalized versions.
  copy --from FILE|URL --to FILE|URL [CASE_ID...]
                                Copy cases (default: all) between case files and team stores
                                through the exchange format; the target records their import.
  check CASE_ID [--version N]   Filing obligation, red flags, completeness and risks of a version
                                (default: the latest).
  finalize CASE_ID --assessor NAME --reviewer NAME [--version N]
                                Finalize a draft; refused, with the reasons, while the check says no.
  render CASE_ID [--version N] [--lang zh_CN|en] [--report FILE.pdf] [--xlsx FILE.xlsx]
         [--odt FILE.odt] [--packet FILE.pdf] [--packet-dir DIR]
         [--filing initial|modification|deregistration]
                                Write the PIA report (PDF; --odt: an editable working copy), the
                                filing workbook (Excel), the filing packet (one PDF, with
                                attachments) and the filing folder (one file per upload slot of
                                the rule set, forms and letters filled in) of a version (default:
                                in Chinese).
  reassess CASE_ID --trigger KIND --date DATE [--description TEXT] [--rule-set ID]
                                Start a new version after a change (KIND: purpose_changed,
                                methods_changed, security_incident, yearly_review, other), or
                                under another rule set (legal_basis_changed --rule-set
                                cn-cac-frt-2025-measures): shared answers carry over, earlier
                                versions never change.
  deadlines [--today DATE] [--due-soon N] [--all]
                                Every open deadline of every case, soonest first, with how it was
                                counted (--all: met ones too).
  workdays add DATE N           The N-th working day after DATE (DATE itself not counted).
  workdays between FROM TO      The working days after FROM up to and including TO.
  workdays info DATE            Whether DATE is a working day, and why.
  calendar                      The holiday calendar in use.
  about                         The version, and where PIAdesk&apos;s data files are read from.
  demo --cases N [--seed S]     Fill a new or empty case file with N synthetic cases (for trying
                                PIAdesk out and for benchmarks); the same seed and --today give
                                the same cases. The first is a large case.

Options:
  --file PATH    The case file (default: %1).
  --db URL       A team store on a PostgreSQL server instead of a case file:
                 postgresql://HOST/DATABASE or postgresql:///DATABASE?host=SOCKET_DIR; the password
                 comes from ~/.pgpass or PGPASSWORD. Its audit log names the role you connect as.
  --user NAME    Who the audit log of a case file names for changes (default: the system user).
  --rules FILE   Also load the rule set in FILE (a newer version replaces the built-in one).
  --calendar FILE
                 Load a newer holiday calendar from FILE and keep it for later runs.
  --today DATE   Count deadlines as if today were DATE (deadlines, workdays, check, render); the day
                 the demo cases are built around.
  --json         Print results as JSON.
  --out FILE     Write the result to FILE instead of standard output.
  --version      Print the version.
  --help         Print this help.
</source>
        <translation>用法：piadesk-cli [--file PATH | --db URL] [--user NAME] COMMAND [ARGUMENTS]

管理 PIAdesk 案卷文件或团队案卷库中的人脸识别个人信息保护影响评估与网信部门备案。

命令：
  list [--json]                 列出案卷文件中的案件。
  import CASE.json              导入交换文档中的案件，并输出新案件的编号。
  export CASE_ID [--out FILE]   将一个案件（编号或 uuid）导出为交换文档。
  verify                        核验文件完整性、审计日志和各已定稿版本。
  copy --from FILE|URL --to FILE|URL [CASE_ID...]
                                通过交换格式在案卷文件与团队案卷库之间复制案件（默认：全部）；
                                目标处记录其导入。
  check CASE_ID [--version N]   检查某一评估版本（默认：最新版本）的备案义务、
                                合规红线、完成度和风险。
  finalize CASE_ID --assessor NAME --reviewer NAME [--version N]
                                将草稿定稿；检查未通过时拒绝定稿，并列出原因。
  render CASE_ID [--version N] [--lang zh_CN|en] [--report FILE.pdf] [--xlsx FILE.xlsx]
         [--odt FILE.odt] [--packet FILE.pdf] [--packet-dir DIR]
         [--filing initial|modification|deregistration]
                                将某一版本的个人信息保护影响评估报告（PDF；--odt：可编辑的
                                工作稿）、备案工作簿（Excel）、备案材料包（单个 PDF，含附件）
                                和备案文件夹（按规则集的上传项每项一个文件，表格和函件已填写）
                                写入文件（默认：中文）。
  reassess CASE_ID --trigger KIND --date DATE [--description TEXT] [--rule-set ID]
                                发生变化后开始新的评估版本（KIND：purpose_changed、
                                methods_changed、security_incident、yearly_review、other），
                                或改按另一规则集评估（legal_basis_changed --rule-set
                                cn-cac-frt-2025-measures）：共有问题的回答沿用，此前各版本
                                保持不变。
  deadlines [--today DATE] [--due-soon N] [--all]
                                按到期先后列出所有案件尚未完成的期限，并说明计算方法
                                （--all：包括已完成的期限）。
  workdays add DATE N           DATE 之后的第 N 个工作日（DATE 当日不计入）。
  workdays between FROM TO      FROM 之后至 TO（含）之间的工作日数。
  workdays info DATE            DATE 是否为工作日及原因。
  calendar                      当前使用的节假日日历。
  about                         版本，以及 PIAdesk 的数据文件从何处读取。
  demo --cases N [--seed S]     向新的或空的案卷文件写入 N 个模拟案件（用于试用 PIAdesk
                                和性能基准测试）；相同的种子和 --today 生成相同的案件。
                                第一个为大型案件。

选项：
  --file PATH    案卷文件（默认：%1）。
  --db URL       使用 PostgreSQL 服务器上的团队案卷库，而不是案卷文件：
                 postgresql://HOST/DATABASE 或 postgresql:///DATABASE?host=SOCKET_DIR；
                 密码取自 ~/.pgpass 或 PGPASSWORD。其审计日志记录您连接所用的角色。
  --user NAME    案卷文件的审计日志中记录的修改人（默认：系统用户）。
  --rules FILE   另外加载 FILE 中的规则集（较新的版本取代内置版本）。
  --calendar FILE
                 从 FILE 加载较新的节假日日历，并保存供以后使用。
  --today DATE   按 DATE 为“今天”计算期限（用于 deadlines、workdays、check 和 render）；
                 也是 demo 生成模拟案件所围绕的日期。
  --json         以 JSON 格式输出结果。
  --out FILE     将结果写入 FILE，而不是标准输出。
  --version      显示版本号。
  --help         显示本帮助。
</translation>
    </message>
    <message>
        <source>Where copy takes the cases from.</source>
        <translation>copy 从何处取出案件。</translation>
    </message>
    <message>
        <source>Where copy puts the cases.</source>
        <translation>copy 将案件放到何处。</translation>
    </message>
    <message>
        <source>copy needs where from and where to: copy --from FILE|URL --to FILE|URL [CASE…]</source>
        <translation>copy 需要指定来源和目标：copy --from FILE|URL --to FILE|URL [CASE…]</translation>
    </message>
    <message>
        <source>copy takes its case files or team stores with --from and --to, not --file or --db.</source>
        <translation>copy 用 --from 和 --to 指定案卷文件或团队案卷库，而不是 --file 或 --db。</translation>
    </message>
    <message>
        <source>copy needs two different places.</source>
        <translation>copy 的来源和目标必须不同。</translation>
    </message>
    <message>
        <source>There is no case file at %1.</source>
        <translation>%1 处没有案卷文件。</translation>
    </message>
    <message>
        <source>There are no cases in %1 to copy.</source>
        <translation>%1 中没有可复制的案件。</translation>
    </message>
    <message>
        <source>The cases did not arrive whole: %1</source>
        <translation>案件未能完整送达：%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n case(s) from %1 to %2.</source>
        <translation>
            <numerusform>已将 %n 个案件从 %1 复制到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>piadesk::CompareDialog</name>
    <message>
        <source>Versions %1 and %2 of %3</source>
        <translation>%3 的第 %1 版与第 %2 版</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>两个版本的内容相同。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) differ(s). Each version is shown with the facts it recorded.</source>
        <translation>
            <numerusform>有 %n 项不同。每个版本均按其记录的事实显示。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>piadesk::Condition</name>
    <message>
        <source>must be a condition object, not %1.</source>
        <translation>必须是条件对象，而不是 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the only key of its object.</source>
        <translation>“%1”必须是其所在对象中唯一的键。</translation>
    </message>
    <message>
        <source>must be a non-empty array of conditions.</source>
        <translation>必须是非空的条件数组。</translation>
    </message>
    <message>
        <source>needs &quot;fact&quot;, &quot;answer&quot;, &quot;all&quot;, &quot;any&quot; or &quot;not&quot;.</source>
        <translation>需要“fact”“answer”“all”“any”或“not”之一。</translation>
    </message>
    <message>
        <source>names no fact or question.</source>
        <translation>未指明事实或问题。</translation>
    </message>
    <message>
        <source>must have exactly one operator besides its fact or question.</source>
        <translation>除事实或问题外，必须恰好有一个运算符。</translation>
    </message>
    <message>
        <source>must be a non-empty array of values.</source>
        <translation>必须是非空的取值数组。</translation>
    </message>
    <message>
        <source>must be a number.</source>
        <translation>必须是数字。</translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation>必须是 true 或 false。</translation>
    </message>
    <message>
        <source>applies to questions only.</source>
        <translation>只适用于问题。</translation>
    </message>
    <message>
        <source>must be a string, a number or true/false.</source>
        <translation>必须是字符串、数字或 true/false。</translation>
    </message>
    <message>
        <source>has no known operator (eq, ne, in, contains, containsAny, gt, gte, lt, lte, answered).</source>
        <translation>没有可识别的运算符（eq、ne、in、contains、containsAny、gt、gte、lt、lte、answered）。</translation>
    </message>
</context>
<context>
    <name>piadesk::CreditCode</name>
    <message numerus="yes">
        <source>A unified social credit code has 18 characters; this one has %n.</source>
        <translation>
            <numerusform>统一社会信用代码应为 18 位，此代码为 %n 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) cannot appear in a unified social credit code: only digits and the capital letters A-Y without I, O, S, V and Z are used.</source>
        <translation>第 %1 位字符（“%2”）不能出现在统一社会信用代码中：代码只使用数字和除 I、O、S、V、Z 以外的大写字母 A–Y。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of a unified social credit code are the administrative division code and must be digits.</source>
        <translation>统一社会信用代码的第 3 至 8 位是行政区划码，必须为数字。</translation>
    </message>
    <message>
        <source>The check character (the 18th) is &quot;%1&quot; but should be &quot;%2&quot;: the code has a typing error.</source>
        <translation>校验码（第 18 位）为“%1”，应为“%2”：代码有录入错误。</translation>
    </message>
</context>
<context>
    <name>piadesk::DataFiles</name>
    <message>
        <source>PIAdesk cannot find its data files (rule sets, document templates, holiday calendar, translations): it looked for them in %1. Reinstall PIAdesk.</source>
        <translation>PIAdesk 找不到其数据文件（规则集、文档模板、节假日日历、翻译）：已在 %1 中查找。请重新安装 PIAdesk。</translation>
    </message>
</context>
<context>
    <name>piadesk::DataMapPage</name>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>A%1 %2</source>
        <translation>A%1 %2</translation>
    </message>
    <message>
        <source>Not yet stated: %1</source>
        <translation>尚未填写：%1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>所选处理活动</translation>
    </message>
    <message>
        <source>No processing activity yet: add one with Add Activity; the first starts from the case facts.</source>
        <translation>尚无处理活动：请点击“添加处理活动”；第一项会依据案件事实预先填写。</translation>
    </message>
</context>
<context>
    <name>piadesk::DateField</name>
    <message>
        <source>A date is needed here.</source>
        <translation>此处需要填写日期。</translation>
    </message>
    <message>
        <source>%1 is after %2, the latest date this field takes; it is not saved.</source>
        <translation>%1 晚于本栏可填的最晚日期 %2，未保存。</translation>
    </message>
    <message>
        <source>%1 is outside the dates PIAdesk records (%2 to %3); it is not saved.</source>
        <translation>%1 超出 PIAdesk 可记录的日期范围（%2 至 %3），未保存。</translation>
    </message>
    <message>
        <source>“%1” is not a date; it is not saved. Type it as %2, %3 or %4.</source>
        <translation>“%1”不是有效日期，未保存。请按 %2、%3 或 %4 的格式填写。</translation>
    </message>
    <message>
        <source>Not set (e.g. %1)</source>
        <translation>未填写（例如 %1）</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>例如 %1</translation>
    </message>
    <message>
        <source>Type a date as %1, %2 or %3, or choose it from the calendar (Alt+Down).</source>
        <translation>可按 %1、%2 或 %3 的格式输入日期，或从日历中选择（Alt+↓）。</translation>
    </message>
    <message>
        <source>Choose the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
</context>
<context>
    <name>piadesk::DateOutput</name>
    <message>
        <source>Estimated: there is no holiday calendar; only weekends were skipped.</source>
        <translation>估算：没有节假日日历，仅跳过了周末。</translation>
    </message>
    <message>
        <source>Estimated: the holiday calendar covers %1–%2; days after it were judged on weekends alone. Load a newer holiday calendar with --calendar FILE.</source>
        <translation>估算：节假日日历覆盖 %1–%2 年；此后的日期仅按周末判断。请用 --calendar FILE 加载较新的节假日日历。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: write a real day as YYYY-MM-DD, e.g. 2025-10-01.</source>
        <translation>“%1”不是日期：请按 YYYY-MM-DD 写一个真实存在的日期，例如 2025-10-01。</translation>
    </message>
    <message>
        <source>Holiday calendar: %1–%2, %3 days off and %4 make-up working days.</source>
        <translation>节假日日历：%1–%2 年，休息日 %3 天，调休上班日 %4 天。</translation>
    </message>
    <message>
        <source>Built into PIAdesk.</source>
        <translation>PIAdesk 内置。</translation>
    </message>
    <message>
        <source>Loaded from %1.</source>
        <translation>加载自 %1。</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>%1, %2: a working day.</source>
        <translation>%1（%2）：工作日。</translation>
    </message>
    <message>
        <source>%1, %2: not a working day (weekend).</source>
        <translation>%1（%2）：非工作日（周末）。</translation>
    </message>
    <message>
        <source>%1, %2: not a working day (public holiday: %3).</source>
        <translation>%1（%2）：非工作日（法定节假日：%3）。</translation>
    </message>
    <message>
        <source>%1, %2: a working day (make-up working day for %3).</source>
        <translation>%1（%2）：工作日（%3调休上班日）。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) after %1 (not counted itself).</source>
        <translation>
            <numerusform>%1 之后的第 %n 个工作日（当日不计入）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) from %1 (not counted) to %2.</source>
        <translation>
            <numerusform>%1（不计入）至 %2 之间有 %n 个工作日。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines on %1 (holiday calendar %2–%3):</source>
        <translation>截至 %1 的期限（节假日日历 %2–%3 年）：</translation>
    </message>
    <message>
        <source>No open deadlines.</source>
        <translation>没有尚未完成的期限。</translation>
    </message>
    <message numerus="yes">
        <source>OVERDUE by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n working day(s)</source>
        <translation>
            <numerusform>%1，还有 %n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>met on %1, late</source>
        <translation>已于 %1 完成，逾期</translation>
    </message>
    <message>
        <source>met on %1</source>
        <translation>已于 %1 完成</translation>
    </message>
    <message>
        <source>(estimated)</source>
        <translation>（估算）</translation>
    </message>
    <message>
        <source>Case %1 %2 (%3): %4</source>
        <translation>案件 %1 %2（%3）：%4</translation>
    </message>
    <message>
        <source>%1, today</source>
        <translation>%1，今日到期</translation>
    </message>
</context>
<context>
    <name>piadesk::DeadlineModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n working day(s)</source>
        <translation>
            <numerusform>已逾期 %n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>还有 %n 个工作日到期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (estimated)</source>
        <translation>%1（估算）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限事项</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
</context>
<context>
    <name>piadesk::DeadlinePlanner</name>
    <message>
        <source>Re-assessment (version %1)</source>
        <translation>重新评估（第 %1 版）</translation>
    </message>
    <message>
        <source>Keep the report of version %1</source>
        <translation>保存第 %1 版评估报告</translation>
    </message>
    <message>
        <source>Record the (planned) start of use to schedule it.</source>
        <translation>请记录（计划）开始使用日期，以便排定期限。</translation>
    </message>
    <message>
        <source>Record the start of use, or the trigger date on the initial filing, to schedule it.</source>
        <translation>请记录开始使用日期，或在首次备案中记录触发日期，以便排定期限。</translation>
    </message>
    <message>
        <source>Record the date of the change on the modification filing to schedule it.</source>
        <translation>请在变更备案中记录变更日期，以便排定期限。</translation>
    </message>
    <message>
        <source>Record the end of use to schedule it.</source>
        <translation>请记录停止使用日期，以便排定期限。</translation>
    </message>
    <message>
        <source>Record the trigger date of version %1 to schedule it.</source>
        <translation>请记录第 %1 版的触发日期，以便排定期限。</translation>
    </message>
    <message>
        <source>Kept %1 years from finalization on %2 (%3); may be deleted from %4.</source>
        <translation>自 %2 定稿起保存 %1 年（%3）；自 %4 起可以删除。</translation>
    </message>
    <message>
        <source>Met on %1.</source>
        <translation>已于 %1 完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) after %1 (%2, not counted itself), %3.</source>
        <translation>
            <numerusform>%1（%2，当日不计入）后第 %n 个工作日，依据%3。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) after %1 (%2), %3.</source>
        <translation>
            <numerusform>%1（%2）后 %n 个月，依据%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalized before use starts on %1, %2.</source>
        <translation>须在 %1 开始使用之前定稿，依据%2。</translation>
    </message>
    <message>
        <source>Due by the trigger date %1, before processing changes; %2 sets no other period.</source>
        <translation>须在触发日期 %1 前、即处理活动变化之前完成；%2未规定其他期限。</translation>
    </message>
    <message>
        <source>Estimated: the holiday calendar ends with %1; later days were counted on weekends alone. Load a newer holiday calendar.</source>
        <translation>估算：节假日日历截至 %1 年；此后的日期仅按周末计算。请加载较新的节假日日历。</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>Initial filing</source>
        <translation>首次备案</translation>
    </message>
    <message>
        <source>Modification of filing</source>
        <translation>变更备案</translation>
    </message>
    <message>
        <source>De-registration</source>
        <translation>注销备案</translation>
    </message>
    <message>
        <source>Re-assessment</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Yearly test and risk assessment</source>
        <translation>年度安全检测和风险评估</translation>
    </message>
    <message>
        <source>Report retention</source>
        <translation>评估报告保存</translation>
    </message>
    <message>
        <source>date unknown</source>
        <translation>日期未定</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>start of use</source>
        <translation>开始使用之日</translation>
    </message>
    <message>
        <source>trigger date recorded on the filing</source>
        <translation>备案中记录的触发日期</translation>
    </message>
    <message>
        <source>date of the change recorded on the re-assessment</source>
        <translation>重新评估中记录的变更日期</translation>
    </message>
    <message>
        <source>end of use</source>
        <translation>停止使用之日</translation>
    </message>
    <message>
        <source>finalization of the last version</source>
        <translation>最近一版的定稿日期</translation>
    </message>
    <message>
        <source>trigger date of the re-assessment</source>
        <translation>重新评估的触发日期</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Record the day the stored head count reached the threshold (a case fact), or the trigger date on the initial filing, to schedule it.</source>
        <translation>请记录人脸信息存储数量达到门槛之日（案件事实），或在首次备案中记录起算日期，以便排期。</translation>
    </message>
    <message>
        <source>Due by %1: the stored head count reached the threshold on %2, before %3, when the rules took effect (%4).</source>
        <translation>应于%1前办理：人脸信息存储数量于%2达到门槛，早于规则施行之日%3（%4）。</translation>
    </message>
    <message>
        <source>day the stored head count reached the threshold</source>
        <translation>存储数量达到门槛之日</translation>
    </message>
    <message>
        <source>transitional due date</source>
        <translation>过渡期截止日期</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>措施：%1</translation>
    </message>
    <message>
        <source>The date the action plan of version %1 sets for this measure, now %2; no owner is named.</source>
        <translation>第 %1 版行动计划为该措施设定的完成期限，目前状态为“%2”；未指定负责人。</translation>
    </message>
    <message>
        <source>The date the action plan of version %1 sets for this measure, now %2; owner: %3.</source>
        <translation>第 %1 版行动计划为该措施设定的完成期限，目前状态为“%2”；负责人：%3。</translation>
    </message>
    <message>
        <source>It leaves the deadlines once its status is Done or Dropped.</source>
        <translation>状态改为“已完成”或“已取消”后，该期限即不再列出。</translation>
    </message>
    <message>
        <source>Measure of the action plan</source>
        <translation>行动计划中的措施</translation>
    </message>
    <message>
        <source>due date set in the action plan</source>
        <translation>行动计划设定的完成期限</translation>
    </message>
    <message>
        <source>Version %1 is finalized and stays as it was: once the measure is done, a re-assessment (the yearly review, for one) records it, and it leaves the deadlines.</source>
        <translation>第 %1 版已定稿，内容保持不变：措施完成后，由重新评估（例如年度复评）记录其完成，该期限随即不再列出。</translation>
    </message>
</context>
<context>
    <name>piadesk::DemoCases</name>
    <message>
        <source>The number of demo cases must be from 1 to %1.</source>
        <translation>模拟案件数量须为 1 至 %1。</translation>
    </message>
    <message>
        <source>The demo cases need a valid date to be built around.</source>
        <translation>生成模拟案件需要一个有效的基准日期。</translation>
    </message>
</context>
<context>
    <name>piadesk::Dialogs</name>
    <message>
        <source>Connect to Team Store</source>
        <translation>连接团队案卷库</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>from ~/.pgpass</source>
        <translation>取自 ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>A team store is a PostgreSQL database that several officers share; its administrator gives you the server, the database and your user. The password is used to connect and not kept.</source>
        <translation>团队案卷库是多名人员共用的 PostgreSQL 数据库；服务器、数据库和您的用户由其管理员提供。密码仅用于连接，不会保存。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>piadesk::DocumentExport</name>
    <message>
        <source>Case %1 has no version %2.</source>
        <translation>案件 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <source>report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>filing packet (%1)</source>
        <translation>备案材料（%1）</translation>
    </message>
    <message>
        <source>workbook</source>
        <translation>备案工作簿</translation>
    </message>
    <message>
        <source>%1 v%2 %3 (%4)</source>
        <translation>%1 第%2版 %3（%4）</translation>
    </message>
    <message>
        <source>A filing folder is written into a folder, not into one file.</source>
        <translation>备案文件夹须写入文件夹，不能写入单个文件。</translation>
    </message>
    <message>
        <source>filing folder (%1)</source>
        <translation>备案文件夹（%1）</translation>
    </message>
    <message>
        <source>report working copy</source>
        <translation>评估报告工作稿</translation>
    </message>
</context>
<context>
    <name>piadesk::Engine</name>
    <message>
        <source>Filing required (%1): the technology is used in a public place, and it stores the facial information of %2 people, %3 %4. File with the %5.</source>
        <translation>需要备案（%1）：在公共场所使用该技术，且存储了 %2 人的人脸信息，%3 %4 人。应向%5备案。</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>超过</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>Filing required (%1): the technology is used in a public place. File with the %2.</source>
        <translation>需要备案（%1）：在公共场所使用该技术。应向%2备案。</translation>
    </message>
    <message>
        <source>Filing required (%1): it stores the facial information of %2 people, %3 %4. File with the %5.</source>
        <translation>需要备案（%1）：存储了 %2 人的人脸信息，%3 %4 人。应向%5备案。</translation>
    </message>
    <message>
        <source>No filing required (%1): not used in a public place, and %2 people stored is not %3 %4.</source>
        <translation>无需备案（%1）：未在公共场所使用，且存储的 %2 人不满足“%3 %4 人”的条件。</translation>
    </message>
    <message>
        <source>No filing required (%1): not used in a public place.</source>
        <translation>无需备案（%1）：未在公共场所使用。</translation>
    </message>
    <message>
        <source>Version %1 is already finalized.</source>
        <translation>第 %1 版已经定稿。</translation>
    </message>
    <message numerus="yes">
        <source>The assessment is %1% complete; %n item(s) missing.</source>
        <translation>
            <numerusform>评估已完成 %1%，尚缺 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer %1.</source>
        <translation>请回答 %1。</translation>
    </message>
    <message>
        <source>The answer to %1 is not one the question allows; answer it again.</source>
        <translation>%1 的答案不在该问题允许的范围内，请重新回答。</translation>
    </message>
    <message>
        <source>attach evidence</source>
        <translation>附上证明材料</translation>
    </message>
    <message>
        <source>write a justification</source>
        <translation>书面说明理由</translation>
    </message>
    <message>
        <source>attach evidence or write a justification</source>
        <translation>附上证明材料或书面说明理由</translation>
    </message>
    <message>
        <source>For %1, %2.</source>
        <translation>对于 %1，请%2。</translation>
    </message>
    <message>
        <source>Conclude section &quot;%1&quot;.</source>
        <translation>请给出“%1”部分的结论。</translation>
    </message>
    <message>
        <source>Write the rationale of the conclusion of section &quot;%1&quot;.</source>
        <translation>请写明“%1”部分结论的理由。</translation>
    </message>
    <message>
        <source>Say how the condition &quot;%1&quot; (%2) is met.</source>
        <translation>请说明如何满足条件“%1”（%2）。</translation>
    </message>
    <message>
        <source>Identify and rate at least one risk.</source>
        <translation>请至少识别并评定一项风险。</translation>
    </message>
    <message>
        <source>Give risk %1 a title.</source>
        <translation>请为风险 %1 填写标题。</translation>
    </message>
    <message>
        <source>Plan at least one measure against the risk &quot;%1&quot;.</source>
        <translation>请针对风险“%1”至少规划一项措施。</translation>
    </message>
    <message>
        <source>Name the owner of the measure &quot;%1&quot;.</source>
        <translation>请指定措施“%1”的负责人。</translation>
    </message>
    <message>
        <source>Set the due date of the measure &quot;%1&quot;.</source>
        <translation>请设定措施“%1”的完成期限。</translation>
    </message>
    <message>
        <source>Name the assessor.</source>
        <translation>请填写评估人。</translation>
    </message>
    <message>
        <source>Name the reviewer.</source>
        <translation>请填写审核人。</translation>
    </message>
    <message>
        <source>The reviewer must be someone other than the assessor.</source>
        <translation>审核人与评估人不得为同一人。</translation>
    </message>
    <message>
        <source>%1 (%2): what would allow the practice is not shown. Answer the question that shows it.</source>
        <translation>%1（%2）：未说明允许该做法的依据。请回答说明依据的问题。</translation>
    </message>
    <message>
        <source>%1 (%2) is prohibited: the practice must stop. Only a change of the fact or answer that raised it clears it; a written note does not.</source>
        <translation>%1（%2）属于禁止情形：必须停止该做法。只有改变引起该情形的事实或回答才能消除；书面说明不能消除。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is concluded &quot;%2&quot;, but the prohibited practice &quot;%3&quot; (%4) stands.</source>
        <translation>“%1”部分的结论为“%2”，但禁止情形“%3”（%4）仍然存在。</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is concluded &quot;%2&quot;, but the answer to %3 is an adverse finding: %4</source>
        <translation>“%1”部分的结论为“%2”，但对 %3 的回答构成不利发现：%4</translation>
    </message>
    <message>
        <source>Section &quot;%1&quot; is concluded &quot;%2&quot;, but %3 is unanswered.</source>
        <translation>“%1”部分的结论为“%2”，但 %3 尚未回答。</translation>
    </message>
    <message>
        <source>The residual risk is %1, above the acceptable level (%2): record who accepts it, when and why.</source>
        <translation>残余风险为%1，高于可接受等级（%2）：请记录由谁、于何时、因何接受。</translation>
    </message>
    <message>
        <source>No filing required (%1): %2 people stored is not %3 %4.</source>
        <translation>无需备案（%1）：存储了 %2 人的人脸信息，不满足“%3 %4 人”的条件。</translation>
    </message>
    <message>
        <source>Outside %1 (%2): %3</source>
        <translation>不适用%1（%2）：%3</translation>
    </message>
    <message>
        <source>Say which risk source the risk &quot;%1&quot; arises from and why its likelihood is as rated (the cause found and the evidence).</source>
        <translation>请说明风险“%1”来自哪一类风险源，以及其可能性如此判定的依据（发现的原因和证据）。</translation>
    </message>
    <message>
        <source>Record how the assessment was done (the methods used) and how the team is independent of the department assessed.</source>
        <translation>请记录评估是如何开展的（采用的评估方式），以及评估团队相对于被评估部门的独立性。</translation>
    </message>
    <message>
        <source>Describe at least one processing activity in the data map.</source>
        <translation>请在数据清单中至少描述一项处理活动。</translation>
    </message>
    <message>
        <source>activity %1</source>
        <translation>处理活动 %1</translation>
    </message>
    <message>
        <source>In the data map, state for %1: %2.</source>
        <translation>请在数据清单中为%1填写：%2。</translation>
    </message>
    <message>
        <source>The assessment is %1% complete; missing: %2</source>
        <translation>评估已完成 %1%；尚缺：%2</translation>
    </message>
</context>
<context>
    <name>piadesk::Enums</name>
    <message>
        <source>Not specified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Office or workplace</source>
        <translation>办公场所</translation>
    </message>
    <message>
        <source>Factory or construction site</source>
        <translation>工厂或工地</translation>
    </message>
    <message>
        <source>Residential estate</source>
        <translation>住宅小区</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>宾馆酒店</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Railway, metro or bus station</source>
        <translation>火车站、地铁站或汽车站</translation>
    </message>
    <message>
        <source>Airport</source>
        <translation>机场</translation>
    </message>
    <message>
        <source>Stadium</source>
        <translation>体育场馆</translation>
    </message>
    <message>
        <source>Exhibition hall</source>
        <translation>展览馆</translation>
    </message>
    <message>
        <source>Museum</source>
        <translation>博物馆</translation>
    </message>
    <message>
        <source>Art gallery</source>
        <translation>美术馆</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>图书馆</translation>
    </message>
    <message>
        <source>School or kindergarten</source>
        <translation>学校或幼儿园</translation>
    </message>
    <message>
        <source>Hospital or clinic</source>
        <translation>医院或诊所</translation>
    </message>
    <message>
        <source>Shop or shopping centre</source>
        <translation>商店或商场</translation>
    </message>
    <message>
        <source>Street, square or other public space</source>
        <translation>街道、广场等公共空间</translation>
    </message>
    <message>
        <source>Online service (app or website)</source>
        <translation>线上服务（应用程序或网站）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>1:1 verification</source>
        <translation>1:1 验证</translation>
    </message>
    <message>
        <source>1:N identification</source>
        <translation>1:N 辨识</translation>
    </message>
    <message>
        <source>Remote, frictionless identification</source>
        <translation>远距离、无感式辨识</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation>已停止使用</translation>
    </message>
    <message>
        <source>Initial assessment</source>
        <translation>首次评估</translation>
    </message>
    <message>
        <source>Purpose changed</source>
        <translation>处理目的变更</translation>
    </message>
    <message>
        <source>Methods changed</source>
        <translation>处理方式变更</translation>
    </message>
    <message>
        <source>Major security incident</source>
        <translation>重大安全事件</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>年度复评</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Finalized</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Initial filing</source>
        <translation>首次备案</translation>
    </message>
    <message>
        <source>Modification of filing</source>
        <translation>变更备案</translation>
    </message>
    <message>
        <source>De-registration</source>
        <translation>注销备案</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>准备中</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已备齐</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>很高</translation>
    </message>
    <message>
        <source>Limits on self-determination</source>
        <translation>限制个人自主决定权</translation>
    </message>
    <message>
        <source>Discriminatory treatment</source>
        <translation>差别性待遇</translation>
    </message>
    <message>
        <source>Damage to reputation or mental distress</source>
        <translation>名誉受损或精神压力</translation>
    </message>
    <message>
        <source>Damage to person or property</source>
        <translation>人身或财产损害</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Legal basis changed</source>
        <translation>法律依据变化</translation>
    </message>
</context>
<context>
    <name>piadesk::ExportDialog</name>
    <message>
        <source>Case: %1 (%2)</source>
        <translation>案件：%1（%2）</translation>
    </message>
    <message>
        <source>Assessment report (PDF)</source>
        <translation>评估报告（PDF）</translation>
    </message>
    <message>
        <source>Filing packet (PDF)</source>
        <translation>备案材料（PDF）</translation>
    </message>
    <message>
        <source>Filing workbook (Excel)</source>
        <translation>备案工作簿（Excel）</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>第 %1 版 — %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export Documents — %1</source>
        <translation>导出文件 — %1</translation>
    </message>
    <message>
        <source>The case has no assessment yet: there is nothing to export.</source>
        <translation>该案件尚无评估，没有可导出的内容。</translation>
    </message>
    <message>
        <source>Rendering the document…</source>
        <translation>正在生成文件…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Rendered in %1 s.</source>
        <translation>已生成，用时 %1 秒。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>Voluntary Filing</source>
        <translation>自愿备案</translation>
    </message>
    <message>
        <source>%1

Export the documents of a voluntary filing anyway?</source>
        <translation>%1

仍要导出自愿备案的材料吗？</translation>
    </message>
    <message>
        <source>Export for a Voluntary Filing</source>
        <translation>导出自愿备案材料</translation>
    </message>
    <message>
        <source>Not exported: the rules do not require this filing.</source>
        <translation>未导出：规则不要求办理此项备案。</translation>
    </message>
    <message>
        <source>Export the Filing Folder Into</source>
        <translation>将备案文件夹导出到</translation>
    </message>
    <message>
        <source>Filing folder (one file per upload)</source>
        <translation>备案文件夹（每个上传项一个文件）</translation>
    </message>
    <message>
        <source>%1 name no upload slots of a filing system: export the filing packet as one PDF instead.</source>
        <translation>%1 未列明备案系统的上传项：请改为将备案材料包导出为单个 PDF 文件。</translation>
    </message>
    <message>
        <source>Writing the filing folder…</source>
        <translation>正在写入备案文件夹…</translation>
    </message>
    <message numerus="yes">
        <source>Written into %1: %n file(s), one per upload.</source>
        <translation>
            <numerusform>已写入 %1：共 %n 个文件，每个上传项一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>To print, sign and seal: %1. Scans still to attach: %2.</source>
        <translation>待打印、签字、盖章：%1 份。尚需附扫描件：%2 项。</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Working copy of the report (ODT, editable; not the record)</source>
        <translation>评估报告工作稿（ODT，可编辑；不是评估记录）</translation>
    </message>
</context>
<context>
    <name>piadesk::FactsPage</name>
    <message>
        <source>Where and why facial recognition is used, how, on how many people, and how the facial information is kept. Screening and filing are decided from these facts.</source>
        <translation>人脸识别在何处、为何、以何种方式、对多少人使用，以及人脸信息如何保存。筛查和备案均据此判断。</translation>
    </message>
</context>
<context>
    <name>piadesk::FieldRules</name>
    <message numerus="yes">
        <source>has %n entries; at most 1000 are allowed.</source>
        <translation>
            <numerusform>有 %n 项；最多允许 1000 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed.</source>
        <translation>长度为 %1 个字符；最多允许 %2 个字符。</translation>
    </message>
    <message>
        <source>contains a control character (U+%1) at position %2.</source>
        <translation>第 %2 个字符处含有控制字符（U+%1）。</translation>
    </message>
    <message>
        <source>contains an invalid character at position %1.</source>
        <translation>第 %1 个字符处含有无效字符。</translation>
    </message>
    <message>
        <source>is not a valid date.</source>
        <translation>不是有效日期。</translation>
    </message>
    <message>
        <source>lies in the year %1; dates from %2 to %3 are accepted.</source>
        <translation>年份为 %1；只接受 %2 年至 %3 年之间的日期。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>lists &quot;%1&quot; twice.</source>
        <translation>重复列出了“%1”。</translation>
    </message>
    <message>
        <source>must be between 0 and 10,000,000.</source>
        <translation>必须介于 0 与 10,000,000 之间。</translation>
    </message>
    <message>
        <source>must be between 0 and 2,000,000,000.</source>
        <translation>必须介于 0 与 2,000,000,000 之间。</translation>
    </message>
    <message>
        <source>is before the start of use (%1).</source>
        <translation>早于开始使用日期（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>has too many answers (%n).</source>
        <translation>
            <numerusform>答案过多（%n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <source>has an invalid question id.</source>
        <translation>含有无效的问题标识。</translation>
    </message>
    <message>
        <source>has an invalid material id.</source>
        <translation>含有无效的材料标识。</translation>
    </message>
    <message>
        <source>is %1 bytes; an attachment may have at most %2 MiB.</source>
        <translation>大小为 %1 字节；单个附件最大为 %2 MiB。</translation>
    </message>
    <message>
        <source>contains a text-direction override (U+%1) at position %2, which would make the printed text read differently from what was typed.</source>
        <translation>在第 %2 个字符处含有文字方向覆盖符（U+%1），会使打印出的文字与输入的内容读起来不同。</translation>
    </message>
</context>
<context>
    <name>piadesk::FilingAuthority</name>
    <message>
        <source>from the division code %1 in the unified social credit code (%2)</source>
        <translation>依据统一社会信用代码中的行政区划代码 %1（%2）</translation>
    </message>
    <message>
        <source>from the address (%1)</source>
        <translation>依据单位地址（%1）</translation>
    </message>
    <message>
        <source>neither the credit code nor the address shows the province: complete them to name the provincial administration</source>
        <translation>统一社会信用代码和地址均未显示所在省份：请补充，以确定受理的省级网信部门</translation>
    </message>
</context>
<context>
    <name>piadesk::FilingDialog</name>
    <message>
        <source>Filing</source>
        <translation>备案</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>起算日</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>Filings — %1</source>
        <translation>备案 — %1</translation>
    </message>
    <message>
        <source>Submitted %1, late</source>
        <translation>已于 %1 提交，逾期</translation>
    </message>
    <message>
        <source>Submitted %1</source>
        <translation>已于 %1 提交</translation>
    </message>
    <message>
        <source>No filing is due for this case.</source>
        <translation>该案件无须办理备案。</translation>
    </message>
    <message>
        <source>Not stated yet</source>
        <translation>尚未说明</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Anonymized</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material or upload</source>
        <translation>材料或上传文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1的状态</translation>
    </message>
    <message>
        <source>Materials (%1)</source>
        <translation>备案材料（%1）</translation>
    </message>
    <message>
        <source>Uploads to the filing system</source>
        <translation>向备案系统上传的材料</translation>
    </message>
    <message>
        <source>%1 What they require is shown once the case is re-assessed under them (Case → Re-assess Under the Rules in Force).</source>
        <translation>%1重新按现行规定评估本案件后（案件 → 按现行规定重新评估），即显示现行规定的要求。</translation>
    </message>
</context>
<context>
    <name>piadesk::FilingFolder</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The document template &quot;%1&quot; is missing.</source>
        <translation>缺少文件模板“%1”。</translation>
    </message>
    <message>
        <source>Working copy, for editing. The record of this assessment is the PDF report written by PIAdesk, which carries the content hash; an edited copy is not that record.</source>
        <translation>工作稿，供编辑使用。本次评估的记录是 PIAdesk 生成的、载有内容哈希值的 PDF 报告；经编辑的副本不是该记录。</translation>
    </message>
    <message>
        <source>Working copy, for editing (letterhead, wording) before printing, signing and sealing. Remove this line from the copy you use.</source>
        <translation>工作稿，供打印、签字、盖章前编辑（信头、措辞）使用。正式使用前请删除本行。</translation>
    </message>
    <message>
        <source>%1 name no upload slots of a filing system: write the filing packet as one PDF instead.</source>
        <translation>%1 未列明备案系统的上传项：请改为将备案材料包写入单个 PDF 文件。</translation>
    </message>
    <message>
        <source>Working copies (ODT)</source>
        <translation>可编辑工作稿（ODT）</translation>
    </message>
    <message>
        <source> (to print, sign and seal)</source>
        <translation>（打印、签字、盖章后扫描）</translation>
    </message>
    <message>
        <source> (attach the scan)</source>
        <translation>（请附扫描件）</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1

%2

PIAdesk cannot fill this upload: scan the document and upload the scan in this slot of the filing system.%3
</source>
        <translation>%1

%2

PIAdesk 无法生成此项材料：请扫描原件，并在备案系统的此上传项中上传扫描件。%3
</translation>
    </message>
    <message>
        <source> It must bear the organisation&apos;s official seal.</source>
        <translation>扫描件须加盖单位公章。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>piadesk::FilingTracker</name>
    <message>
        <source>The date %1</source>
        <translation>日期%1</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>The initial filing is already recorded.</source>
        <translation>首次备案已记录。</translation>
    </message>
    <message>
        <source>Record the start of use in the case facts, or give the date the filing period starts from.</source>
        <translation>请在案件事实中记录开始使用日期，或填写备案期限的起算日。</translation>
    </message>
    <message>
        <source>The initial filing has not been submitted yet: file the case as it now stands, with the change included.</source>
        <translation>首次备案尚未提交：请按案件现状备案，并将该变化一并纳入。</translation>
    </message>
    <message>
        <source>The change on %1 came before the initial filing was submitted (%2), so the filing already covers it.</source>
        <translation>%1 的变化发生在首次备案提交（%2）之前，首次备案已涵盖该变化。</translation>
    </message>
    <message>
        <source>Describe the change: the modification filing states it.</source>
        <translation>请说明变化内容：变更备案须载明。</translation>
    </message>
    <message>
        <source>De-registration is already recorded.</source>
        <translation>注销备案已记录。</translation>
    </message>
    <message>
        <source>Give the date the use ended.</source>
        <translation>请填写停止使用的日期。</translation>
    </message>
    <message>
        <source>The submission date lies before the date the filing is counted from (%1).</source>
        <translation>提交日期早于备案期限的起算日（%1）。</translation>
    </message>
    <message>
        <source>Record in the case facts the day the number of people stored reached the filing threshold, or give the date the filing period starts from.</source>
        <translation>请在案件事实中记录存储人数达到备案标准的日期，或填写备案期限的起算日。</translation>
    </message>
</context>
<context>
    <name>piadesk::FormSupport</name>
    <message>
        <source>%1 is not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>Some Text Is Not Saved</source>
        <translation>部分内容未保存</translation>
    </message>
    <message>
        <source>These fields hold text that could not be saved (the reason is shown beside them): %1.

Close and lose that text, or keep editing?</source>
        <translation>以下字段中的内容未能保存（原因显示在字段旁）：%1。

关闭并放弃这些内容，还是继续编辑？</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Keep Editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Changed by Someone Else</source>
        <translation>案件已被他人修改</translation>
    </message>
    <message>
        <source>%1

Reload shows the case as it is now and clears the undo history. What you typed and could not save is then replaced: to keep it, choose Keep Editing and copy it first.</source>
        <translation>%1

重新载入将显示案件的当前内容，并清除撤销记录。您输入但未能保存的内容将被替换：如需保留，请选择“继续编辑”，先将其复制。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Case Not Read Again</source>
        <translation>未能重新读取案件</translation>
    </message>
</context>
<context>
    <name>piadesk::HelpDialog</name>
    <message>
        <source>PIAdesk User Guide</source>
        <translation>PIAdesk 用户指南</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of PIAdesk (docs/user-guide.*.md among its data files).</source>
        <translation>此 PIAdesk 副本未安装用户指南（数据文件中的 docs/user-guide.*.md）。</translation>
    </message>
</context>
<context>
    <name>piadesk::LocalFiles</name>
    <message>
        <source>The permissions of %1 cannot be changed: %2.</source>
        <translation>无法更改 %1 的权限：%2。</translation>
    </message>
</context>
<context>
    <name>piadesk::MainWindow</name>
    <message>
        <source>%1 — PIAdesk</source>
        <translation>%1 — PIAdesk</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in %1</source>
        <translation>
            <numerusform>%1 中共有 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>About PIAdesk</source>
        <translation>关于 PIAdesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;PIAdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Personal-information protection impact assessments and CAC filings for facial recognition applications.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;PIAdesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;人脸识别技术应用的个人信息保护影响评估与网信部门备案。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Some due dates lie beyond the holiday calendar (%1–%2) and were counted on weekends alone: load a newer calendar in Settings → Holiday Calendar.</source>
        <translation>部分到期日超出了节假日日历（%1–%2 年），仅按周末计算：请在“设置 → 节假日日历”中加载较新的日历。</translation>
    </message>
    <message>
        <source>Deadlines: nothing overdue or due soon</source>
        <translation>期限：没有已逾期或即将到期的事项</translation>
    </message>
    <message numerus="yes">
        <source>Deadlines: %n need(s) attention</source>
        <translation>
            <numerusform>期限：%n 项需要处理</numerusform>
        </translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>%1 (copy %2).piadesk</source>
        <translation>%1（副本 %2）.piadesk</translation>
    </message>
    <message>
        <source>Save a Copy of the Case File</source>
        <translation>另存案卷文件副本</translation>
    </message>
    <message>
        <source>PIAdesk case files (*.piadesk)</source>
        <translation>PIAdesk 案卷文件 (*.piadesk)</translation>
    </message>
    <message>
        <source>Copy Not Saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <source>A copy of the case file was saved as %1.</source>
        <translation>案卷文件的副本已保存为 %1。</translation>
    </message>
    <message>
        <source>Import Cases</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <source>Case exchange documents (*.json);;All files (*)</source>
        <translation>案件交换文档 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No Case Selected</source>
        <translation>未选择案件</translation>
    </message>
    <message>
        <source>Select the case to export in the list first.</source>
        <translation>请先在列表中选择要导出的案件。</translation>
    </message>
    <message>
        <source>Export Case</source>
        <translation>导出案件</translation>
    </message>
    <message>
        <source>case-%1.json</source>
        <translation>案件-%1.json</translation>
    </message>
    <message>
        <source>Case exchange documents (*.json)</source>
        <translation>案件交换文档 (*.json)</translation>
    </message>
    <message>
        <source>Nothing Imported</source>
        <translation>未导入</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个案件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Case %1 exported to %2.</source>
        <translation>案件 %1 已导出到 %2。</translation>
    </message>
    <message>
        <source>Select the case to open in the list first.</source>
        <translation>请先在列表中选择要打开的案件。</translation>
    </message>
    <message>
        <source>Case File Not Opened</source>
        <translation>未能打开案卷文件</translation>
    </message>
    <message>
        <source>%1 does not exist (any more). To start a new case file there, use File → New Case File.</source>
        <translation>%1 不存在（或已被移走）。如需在该位置新建案卷文件，请使用“文件 → 新建案卷文件”。</translation>
    </message>
    <message>
        <source>Case File Not Created</source>
        <translation>未能新建案卷文件</translation>
    </message>
    <message>
        <source>%1 already exists. PIAdesk never replaces a case file; open it, or choose another name.</source>
        <translation>%1 已存在。PIAdesk 从不覆盖案卷文件；请打开该文件，或另选文件名。</translation>
    </message>
    <message>
        <source>Open Case File</source>
        <translation>打开案卷文件</translation>
    </message>
    <message>
        <source>PIAdesk case files (*.piadesk);;All files (*)</source>
        <translation>PIAdesk 案卷文件 (*.piadesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Case File</source>
        <translation>新建案卷文件</translation>
    </message>
    <message>
        <source>cases.piadesk</source>
        <translation>案件.piadesk</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>新单位</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>新评估</translation>
    </message>
    <message>
        <source>No Case Created</source>
        <translation>未能新建案件</translation>
    </message>
    <message>
        <source>Case Not Opened</source>
        <translation>未能打开案件</translation>
    </message>
    <message>
        <source>Select the case to re-assess in the list first.</source>
        <translation>请先在列表中选择要重新评估的案件。</translation>
    </message>
    <message>
        <source>Select the case whose filings to show in the list first.</source>
        <translation>请先在列表中选择要查看备案的案件。</translation>
    </message>
    <message>
        <source>Select the case whose documents to export in the list first.</source>
        <translation>请先在列表中选择要导出文件的案件。</translation>
    </message>
    <message>
        <source>All risk levels</source>
        <translation>全部风险等级</translation>
    </message>
    <message>
        <source>Risk not rated</source>
        <translation>未评定风险</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Search the cases</source>
        <translation>搜索案件</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by overall risk</source>
        <translation>按总体风险筛选</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>按单位筛选</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Deadlines that need attention</source>
        <translation>需要处理的期限</translation>
    </message>
    <message>
        <source>All organisations</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Select the case to edit in the list first.</source>
        <translation>请先在列表中选择要编辑的案件。</translation>
    </message>
    <message>
        <source>Checking deadlines: %1 of %2 cases…</source>
        <translation>正在检查期限：已完成 %1 / %2 个案件…</translation>
    </message>
    <message>
        <source>Case Changed Outside PIAdesk</source>
        <translation>案件已在 PIAdesk 之外被修改</translation>
    </message>
    <message>
        <source>This case was changed outside PIAdesk since it was recorded, so its finalized report can no longer be relied on. Restore the case file from a backup, or ask who changed it.

%1</source>
        <translation>此案件在记录之后已在 PIAdesk 之外被修改，其已定稿的报告已不可依赖。请从备份恢复案卷文件，或查明修改人。

%1</translation>
    </message>
    <message>
        <source>All rule sets</source>
        <translation>全部规则集</translation>
    </message>
    <message>
        <source>%1 (superseded)</source>
        <translation>%1（已被取代）</translation>
    </message>
    <message>
        <source>Filter by rule set</source>
        <translation>按规则集筛选</translation>
    </message>
    <message>
        <source>Already Under the Rules in Force</source>
        <translation>已按现行规定评估</translation>
    </message>
    <message>
        <source>This case is assessed under %1, which nothing has superseded. Use Re-assess for a change in the processing.</source>
        <translation>该案件按%1评估，该规定未被取代。处理活动发生变化时，请使用“重新评估”。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 个案件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n case(s)</source>
        <translation>
            <numerusform>显示 %1 个，共 %n 个案件</numerusform>
        </translation>
    </message>
    <message>
        <source>The holiday calendar ends on %1. Deadlines after that day are counted on weekends alone and marked &quot;estimated&quot; until the State Council&apos;s arrangement for %2 is loaded: Settings → Holiday Calendar… → Load a Newer Calendar…, with the arrangement as a calendar file in PIAdesk&apos;s format.</source>
        <translation>节假日日历截至 %1。在载入国务院 %2 年节假日安排之前，此后的期限仅按周末计算，并标注为“估算”。载入方法：设置 → 节假日日历… → 加载较新的日历…，选择 PIAdesk 格式的日历文件。</translation>
    </message>
    <message>
        <source>Case Not Deleted</source>
        <translation>案件未删除</translation>
    </message>
    <message>
        <source>Delete Case</source>
        <translation>删除案件</translation>
    </message>
    <message>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Deleted the case “%1”.</source>
        <translation>已删除案件“%1”。</translation>
    </message>
    <message>
        <source>Version Not Deleted</source>
        <translation>版本未删除</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Deleted version %1 of the case “%2”.</source>
        <translation>已删除案件“%2”的第 %1 版。</translation>
    </message>
    <message>
        <source>New Demo Case File</source>
        <translation>新建示例案卷文件</translation>
    </message>
    <message>
        <source>demo.piadesk</source>
        <translation>示例.piadesk</translation>
    </message>
    <message>
        <source>Demo Case File Not Created</source>
        <translation>示例案卷文件未创建</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n invented case(s) to try PIAdesk out; your own case files are unchanged.</source>
        <translation>
            <numerusform>%1 中有 %n 个供试用的虚构案件；您自己的案卷文件未作任何改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (official text, cac.gov.cn)</source>
        <translation>%1（官方文本，cac.gov.cn）</translation>
    </message>
    <message>
        <source>%1 (read-only) — PIAdesk</source>
        <translation>%1（只读）— PIAdesk</translation>
    </message>
    <message>
        <source>Case File Opened Read-Only</source>
        <translation>案卷文件已以只读方式打开</translation>
    </message>
    <message>
        <source>Other accounts on this computer can read %1. It holds personal information (names and phone numbers, evidence such as signed consent forms) and legal records.

Make it readable and writable by you only?</source>
        <translation>本机其他账户可以读取 %1。该文件含有个人信息（姓名、电话号码，以及已签署的同意书等证明材料）和法律记录。

是否将其设为仅您本人可读写？</translation>
    </message>
    <message>
        <source>Case File Readable by Others</source>
        <translation>案卷文件可被他人读取</translation>
    </message>
    <message>
        <source>Make Private</source>
        <translation>设为仅本人可访问</translation>
    </message>
    <message>
        <source>Leave As It Is</source>
        <translation>保持不变</translation>
    </message>
    <message>
        <source>Case File Not Made Private</source>
        <translation>未能将案卷文件设为仅本人可访问</translation>
    </message>
    <message>
        <source>%1 is now readable and writable by you only.</source>
        <translation>%1 现在仅您本人可读写。</translation>
    </message>
    <message numerus="yes">
        <source>The %n most urgent are listed here, and %1 more need attention: tick Overdue only to list every case with an overdue deadline, and select a case to see all of its deadlines.</source>
        <translation>
            <numerusform>此处列出最紧急的 %n 项，另有 %1 项需要处理：勾选“仅显示已逾期”可列出所有有逾期期限的案件，选中某个案件可查看其全部期限。</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the register of this file for this version of PIAdesk: the risk, filing and deadline columns and this list follow when it is done.</source>
        <translation>正在为此版本的 PIAdesk 准备本文件的案件列表：风险、备案和期限各列以及此处的期限清单将在完成后显示。</translation>
    </message>
    <message>
        <source>Register Not Prepared</source>
        <translation>案件列表未能准备</translation>
    </message>
    <message>
        <source>Preparing the register: %1 of %2 cases…</source>
        <translation>正在准备案件列表：已完成 %1 / %2 个案件…</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Team Store Not Opened</source>
        <translation>未能打开团队案卷库</translation>
    </message>
    <message>
        <source>Team Store Opened Read-Only</source>
        <translation>团队案卷库已以只读方式打开</translation>
    </message>
</context>
<context>
    <name>piadesk::MaterialsPage</name>
    <message>
        <source>Filing with %1 (%2) hands over these materials. Most are drawn from the case and the report; attach the others here.</source>
        <translation>向%1备案（%2）须提交以下材料。大部分材料取自案件和评估报告；其余材料请在此添加附件。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Filled from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>单位信息</translation>
    </message>
    <message>
        <source>the responsible person</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>the case facts</source>
        <translation>案件事实</translation>
    </message>
    <message>
        <source>the assessment report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>attached files</source>
        <translation>所附文件</translation>
    </message>
    <message>
        <source>Attach to the Filing Material</source>
        <translation>为备案材料添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Drop files here, or use Attach File.</source>
        <translation>将文件拖放到此处，或使用“添加附件”。</translation>
    </message>
</context>
<context>
    <name>piadesk::MeasureListModel</name>
    <message>
        <source>(not described)</source>
        <translation>（未说明）</translation>
    </message>
    <message>
        <source>M%1 %2 — %3</source>
        <translation>M%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>piadesk::Migrator</name>
    <message>
        <source>Updating the case file to schema version %1 (%2) failed: %3. The file was left at version %4.</source>
        <translation>将案卷文件升级到结构版本 %1（%2）失败：%3。文件仍保持在版本 %4。</translation>
    </message>
</context>
<context>
    <name>piadesk::ModelJson</name>
    <message>
        <source>must be an object mapping question ids to answers.</source>
        <translation>必须是以问题标识为键、答案为值的对象。</translation>
    </message>
    <message>
        <source>is not a valid question id.</source>
        <translation>不是有效的问题标识。</translation>
    </message>
    <message>
        <source>must be a string, number, boolean, list or null.</source>
        <translation>必须是字符串、数字、布尔值、列表或 null。</translation>
    </message>
    <message>
        <source>must be a string, number or boolean of acceptable length.</source>
        <translation>必须是长度合规的字符串、数字或布尔值。</translation>
    </message>
    <message>
        <source>must be a finite number.</source>
        <translation>必须是有限数值。</translation>
    </message>
    <message>
        <source>must be an object mapping material ids to states.</source>
        <translation>必须是以材料标识为键、状态为值的对象。</translation>
    </message>
    <message>
        <source>must be one of %1.</source>
        <translation>必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>must be 64 lower-case hexadecimal digits.</source>
        <translation>必须是 64 位小写十六进制数字。</translation>
    </message>
    <message>
        <source>must be the file&apos;s bytes in base64.</source>
        <translation>必须是 base64 编码的文件内容。</translation>
    </message>
    <message>
        <source>is larger than an attachment may be.</source>
        <translation>超过了附件大小上限。</translation>
    </message>
    <message>
        <source>is not valid base64.</source>
        <translation>不是有效的 base64 编码。</translation>
    </message>
    <message>
        <source>must be an object, not %1.</source>
        <translation>必须是对象，而不是 %1。</translation>
    </message>
    <message>
        <source>is not a known field.</source>
        <translation>不是可识别的字段。</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>缺失。</translation>
    </message>
    <message>
        <source>must be a string, not %1.</source>
        <translation>必须是字符串，而不是 %1。</translation>
    </message>
    <message>
        <source>must be true or false, not %1.</source>
        <translation>必须是 true 或 false，而不是 %1。</translation>
    </message>
    <message>
        <source>must be a whole number, not %1.</source>
        <translation>必须是整数，而不是 %1。</translation>
    </message>
    <message>
        <source>is %1; it must lie between %2 and %3.</source>
        <translation>为 %1；必须介于 %2 与 %3 之间。</translation>
    </message>
    <message>
        <source>must be a date &quot;YYYY-MM-DD&quot; or null, not %1.</source>
        <translation>必须是“YYYY-MM-DD”格式的日期或 null，而不是 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>must be a UTC time &quot;YYYY-MM-DDTHH:MM:SSZ&quot; or null.</source>
        <translation>必须是“YYYY-MM-DDTHH:MM:SSZ”格式的 UTC 时间或 null。</translation>
    </message>
    <message>
        <source>must be an array, not %1.</source>
        <translation>必须是数组，而不是 %1。</translation>
    </message>
    <message>
        <source>has too many entries.</source>
        <translation>条目过多。</translation>
    </message>
    <message>
        <source>repeats an earlier entry.</source>
        <translation>与前面的条目重复。</translation>
    </message>
    <message>
        <source>may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;.</source>
        <translation>只能包含字母、数字、“-”、“_”和“.”。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>must be deleted or anonymized.</source>
        <translation>应为 deleted（删除）或 anonymized（匿名化）。</translation>
    </message>
</context>
<context>
    <name>piadesk::NewCaseDialog</name>
    <message>
        <source>New Assessment</source>
        <translation>新建评估</translation>
    </message>
    <message>
        <source>Which rules is the new case assessed under? A case can be re-assessed under other rules later; its earlier versions keep theirs.</source>
        <translation>新案件按哪一规则评估？案件以后可以改按其他规则重新评估，此前各版本仍保留原依据。</translation>
    </message>
    <message>
        <source>&amp;Create Case</source>
        <translation>创建案件(&amp;C)</translation>
    </message>
    <message>
        <source>A draft that never came into force; superseded by other rules on %1.</source>
        <translation>征求意见稿，从未施行；已于%1被其他规定取代。</translation>
    </message>
    <message>
        <source>In force since %1.</source>
        <translation>自%1起施行。</translation>
    </message>
    <message>
        <source>In force.</source>
        <translation>现行有效。</translation>
    </message>
    <message>
        <source>A draft that has not come into force.</source>
        <translation>尚未施行的征求意见稿。</translation>
    </message>
    <message>
        <source>Repealed.</source>
        <translation>已废止。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a rule set — its standing</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A draft that never came into force; superseded by %1 on %2.</source>
        <translation>征求意见稿，从未施行；已于%2被%1取代。</translation>
    </message>
</context>
<context>
    <name>piadesk::OdtDocument</name>
    <message>
        <source>The working copy cannot be written: the output is not open for writing.</source>
        <translation>无法写入工作稿：输出未以写入方式打开。</translation>
    </message>
    <message>
        <source>The document stylesheet %1 is missing.</source>
        <translation>缺少文件样式表 %1。</translation>
    </message>
    <message>
        <source>The working copy cannot be written.</source>
        <translation>无法写入工作稿。</translation>
    </message>
    <message>
        <source>The working copy cannot be written: %1.</source>
        <translation>无法写入工作稿：%1。</translation>
    </message>
</context>
<context>
    <name>piadesk::OrganisationPage</name>
    <message>
        <source>The organisation that uses facial recognition, the person responsible for personal-information protection, and who the cyberspace administration can contact.</source>
        <translation>使用人脸识别技术的单位、个人信息保护负责人，以及网信部门可联系的人员。</translation>
    </message>
    <message>
        <source>(another organisation)</source>
        <translation>（其他单位）</translation>
    </message>
</context>
<context>
    <name>piadesk::Packet</name>
    <message>
        <source>not a readable PDF</source>
        <translation>不是可读的 PDF</translation>
    </message>
    <message>
        <source>the PDF is protected by a password</source>
        <translation>该 PDF 受密码保护</translation>
    </message>
    <message>
        <source>page %1 cannot be rendered</source>
        <translation>第 %1 页无法渲染</translation>
    </message>
    <message>
        <source>only the first %1 of %2 pages are included</source>
        <translation>仅收录前 %1 页（共 %2 页）</translation>
    </message>
    <message>
        <source>The packet template %1 is missing.</source>
        <translation>缺少材料包模板 %1。</translation>
    </message>
    <message>
        <source>its content is not available</source>
        <translation>无法取得其内容</translation>
    </message>
    <message>
        <source>not a readable image</source>
        <translation>不是可读的图片</translation>
    </message>
    <message>
        <source>listed only: neither a PDF nor an image</source>
        <translation>仅列出：既非 PDF 也非图片</translation>
    </message>
    <message>
        <source>Version %1 is a draft: a filing must rest on a finalized version.</source>
        <translation>第 %1 版为草稿：备案应以已定稿的版本为准。</translation>
    </message>
    <message>
        <source>The case has changed since version %1 was finalized (%2): a filing must rest on a version assessed on the current facts. Re-assess the case and file the new version.</source>
        <translation>第 %1 版定稿后，案件情况已发生变化（%2）：备案应以依据现行事实评估的版本为准。请重新评估，并以新版本备案。</translation>
    </message>
    <message>
        <source>Checked again under %1, version %2 would not be finalized today (prohibited practices, contradicted conclusions or missing items: see the report&apos;s summary). Re-assess before filing.</source>
        <translation>按 %1 复核，第 %2 版按现行规则不能定稿（存在禁止情形、与回答相矛盾的结论或缺失项，详见报告摘要）。备案前请重新评估。</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>anonymized</source>
        <translation>已匿名化</translation>
    </message>
    <message>
        <source>%1 A filing must rest on the rules in force: re-assess the case under them and file the new version.</source>
        <translation>%1备案应以现行规则为依据：请依据现行规则重新评估，并以新版本备案。</translation>
    </message>
</context>
<context>
    <name>piadesk::PdfDocument</name>
    <message>
        <source>The document cannot be written: the output is not open for writing.</source>
        <translation>无法写入文档：输出未以写入方式打开。</translation>
    </message>
    <message>
        <source>The PDF cannot be written.</source>
        <translation>无法写入 PDF。</translation>
    </message>
    <message>
        <source>The document stylesheet %1 is missing.</source>
        <translation>缺少文档样式表 %1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The font &quot;%1&quot; is not installed (Debian package %2); documents need it to embed Chinese text exactly.</source>
        <translation>未安装字体“%1”（Debian 软件包 %2）；文档需要该字体才能准确嵌入中文文本。</translation>
    </message>
</context>
<context>
    <name>piadesk::PreviewDialog</name>
    <message>
        <source>Preview — %1</source>
        <translation>预览 — %1</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The document cannot be shown.</source>
        <translation>无法显示该文件。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>未能打印</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>未能保存</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>piadesk::Problems</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>piadesk::QuestionEditor</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Attach evidence.</source>
        <translation>请添加证明材料。</translation>
    </message>
    <message>
        <source>Justify the answer in writing.</source>
        <translation>请书面说明理由。</translation>
    </message>
    <message>
        <source>Attach evidence or justify the answer in writing.</source>
        <translation>请添加证明材料或书面说明理由。</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Evidence files: %1</source>
        <translation>证明文件：%1</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Remove File</source>
        <translation>移除文件</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From the case facts: %1</source>
        <translation>取自案件事实：%1</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Not saved: enter a number.</source>
        <translation>未保存：请输入数字。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>添加证明材料</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved: enter a number from %1 to %2.</source>
        <translation>未保存：请输入 %1 至 %2 之间的数字。</translation>
    </message>
    <message>
        <source>Not saved: enter a number of at least %1.</source>
        <translation>未保存：请输入不小于 %1 的数字。</translation>
    </message>
</context>
<context>
    <name>piadesk::QuestionList</name>
    <message>
        <source>Required: not answered yet.</source>
        <translation>必答：尚未回答。</translation>
    </message>
    <message>
        <source>The answer stored is not one this question allows: answer it again.</source>
        <translation>已保存的回答不是本题允许的选项，请重新回答。</translation>
    </message>
    <message>
        <source>This answer needs evidence: attach a file, or write why there is none.</source>
        <translation>此回答需要证明材料：请添加附件，或写明没有材料的理由。</translation>
    </message>
</context>
<context>
    <name>piadesk::ReassessDialog</name>
    <message>
        <source>&amp;Re-assess</source>
        <translation>重新评估(&amp;R)</translation>
    </message>
    <message>
        <source>The rule set names no item to review for this trigger.</source>
        <translation>规则集未指定该触发事由须复核的项目。</translation>
    </message>
    <message>
        <source>Items to review: %1.</source>
        <translation>须复核的项目：%1。</translation>
    </message>
    <message>
        <source>Re-assessed under %1, in force since %2.</source>
        <translation>按自%2起施行的%1重新评估。</translation>
    </message>
</context>
<context>
    <name>piadesk::RecordChanges</name>
    <message>
        <source>case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>description</source>
        <translation>应用说明</translation>
    </message>
    <message>
        <source>places</source>
        <translation>使用场所</translation>
    </message>
    <message>
        <source>kind of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>public place</source>
        <translation>是否公共场所</translation>
    </message>
    <message>
        <source>purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>identification methods</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>vendors</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>number of people stored</source>
        <translation>存储人脸信息人数</translation>
    </message>
    <message>
        <source>minors under 14</source>
        <translation>涉及不满十四周岁未成年人</translation>
    </message>
    <message>
        <source>original images stored</source>
        <translation>保存原始人脸图像</translation>
    </message>
    <message>
        <source>storage location</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>storage period</source>
        <translation>存储期限</translation>
    </message>
    <message>
        <source>anonymization</source>
        <translation>匿名化处理</translation>
    </message>
    <message>
        <source>start of use</source>
        <translation>开始使用之日</translation>
    </message>
    <message>
        <source>end of use</source>
        <translation>停止使用之日</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>organisation name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>person responsible for personal-information protection</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>day the number of people stored reached the threshold</source>
        <translation>存储数量达到门槛之日</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>piadesk::Report</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>(not concluded)</source>
        <translation>（未得出结论）</translation>
    </message>
    <message>
        <source>The report template %1 is missing.</source>
        <translation>缺少报告模板 %1。</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>基本情况筛查</translation>
    </message>
    <message>
        <source>measures done</source>
        <translation>措施已完成</translation>
    </message>
    <message>
        <source>measures not all done</source>
        <translation>措施尚未全部完成</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>The rules applied, %1, are a draft that has not come into force; check which rules are in force before relying on this assessment.</source>
        <translation>所依据的《%1》为尚未生效的征求意见稿；依赖本评估前，请核实现行有效的规定。</translation>
    </message>
    <message>
        <source>The rules applied, %1, have been repealed.</source>
        <translation>所依据的《%1》已废止。</translation>
    </message>
    <message>
        <source>Checked again under %1, this version would not be finalized today: see the summary. It stays as it was finalized; a re-assessment is a new version.</source>
        <translation>按 %1 复核，本版本按现行规则不能定稿，详见摘要。本版本保持定稿时的内容不变；重新评估将形成新版本。</translation>
    </message>
    <message>
        <source>Basis not shown: what would allow this practice is not stated. Until it is, it counts as the prohibited practice described.</source>
        <translation>依据未说明：未载明允许该做法的依据。载明之前，按所述禁止情形处理。</translation>
    </message>
    <message>
        <source>Basis not shown: %1 is unanswered. Until it is answered, this counts as the prohibited practice described.</source>
        <translation>依据未说明：%1尚未回答。回答之前，按所述禁止情形处理。</translation>
    </message>
    <message>
        <source>Required items unanswered: %1. An unanswered item is never compliant.</source>
        <translation>尚未回答的必答项：%1 项。未回答的事项一律不视为符合。</translation>
    </message>
    <message>
        <source>%1 Re-assess the case under them: that makes a new version, and this one stays as it is.</source>
        <translation>%1请按其重新评估本案件：重新评估将形成新版本，本版本保持不变。</translation>
    </message>
    <message>
        <source>Immediately</source>
        <translation>立即处置</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>By its measures&apos; deadlines</source>
        <translation>限期处置</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
</context>
<context>
    <name>piadesk::ReviewPage</name>
    <message>
        <source>What is still missing, section by section, and the sign-off. A finalized version is kept unchanged for the record.</source>
        <translation>各部分尚缺的内容及签署信息。定稿的版本将原样留存备查。</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>基本情况筛查</translation>
    </message>
    <message>
        <source>Red flags to address</source>
        <translation>待处理的风险警示</translation>
    </message>
    <message>
        <source>Risks and measures</source>
        <translation>风险与措施</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签批</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
    <message>
        <source>Version %1: %2% complete.</source>
        <translation>第 %1 版：已完成 %2%。</translation>
    </message>
    <message>
        <source>Version %1 was finalized on %2; its content hash is %3.</source>
        <translation>第 %1 版已于 %2 定稿，内容哈希值为 %3。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Tick the confirmation first.</source>
        <translation>请先勾选确认。</translation>
    </message>
    <message>
        <source>Version %1 is finalized and will be kept until %2.</source>
        <translation>第 %1 版已定稿，将留存至 %2。</translation>
    </message>
    <message>
        <source>Acceptance of the residual risk</source>
        <translation>残余风险的接受</translation>
    </message>
    <message>
        <source>Usually the person responsible for personal-information protection</source>
        <translation>通常为个人信息保护负责人</translation>
    </message>
    <message>
        <source>Why the remaining risk is accepted (printed in the report)</source>
        <translation>接受残余风险的理由（载入报告）</translation>
    </message>
    <message>
        <source>: basis not shown</source>
        <translation>：依据未说明</translation>
    </message>
    <message>
        <source>Prohibited practices: they must stop</source>
        <translation>禁止情形：必须停止</translation>
    </message>
    <message>
        <source>Conclusions the answers contradict</source>
        <translation>与回答相矛盾的结论</translation>
    </message>
    <message>
        <source>The residual risk is %1, above the acceptable level (%2) of the rule set: it stays only if someone accepts it. Residual risk counts only measures that are done.</source>
        <translation>残余风险为%1，高于规则集规定的可接受等级（%2）：须有人接受方可保留。残余风险仅计已完成的措施。</translation>
    </message>
    <message>
        <source>The residual risk is within the acceptable level; this acceptance is kept but no longer needed.</source>
        <translation>残余风险在可接受等级以内；该接受记录予以保留，但已无必要。</translation>
    </message>
    <message>
        <source>It was finalized under %1 %2; under today&apos;s rules (%3) it would not be: see below. It stays unchanged; a re-assessment is a new version.</source>
        <translation>该版本依据 %1 %2 定稿；按现行规则（%3）则不能定稿，详见下文。该版本保持不变；重新评估将形成新版本。</translation>
    </message>
    <message>
        <source>earlier rules</source>
        <translation>较早的规则</translation>
    </message>
    <message>
        <source>%1 (%2)%3</source>
        <extracomment>a prohibited practice (its articles), then &quot;: basis not shown&quot; when that is why it stands</extracomment>
        <translation>%1（%2）%3</translation>
    </message>
    <message>
        <source>How the assessment was done</source>
        <translation>评估的开展方式</translation>
    </message>
    <message>
        <source>&amp;Methods used:</source>
        <translation>评估方式(&amp;M)：</translation>
    </message>
    <message>
        <source>Who the assessors are and how they are independent of the department whose processing is assessed (printed in the report)</source>
        <translation>评估人员的组成，以及其如何独立于被评估处理活动所在的部门（载入报告）</translation>
    </message>
    <message>
        <source>Data map</source>
        <translation>数据清单</translation>
    </message>
    <message>
        <source>Ready to finalize: tick the confirmation below and choose Finalize Version.</source>
        <translation>可以定稿：请勾选下方的确认项，然后选择“定稿本版本”。</translation>
    </message>
    <message>
        <source>Finalization is refused until:</source>
        <translation>在以下问题解决之前不能定稿：</translation>
    </message>
    <message>
        <source>Accepted b&amp;y:</source>
        <translation>接受人(&amp;Y)：</translation>
    </message>
    <message>
        <source>Accepted on:</source>
        <translation>接受日期：</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>&amp;Independence:</source>
        <translation>独立性(&amp;I)：</translation>
    </message>
    <message>
        <source>Double-click a missing item (or press Enter on it) to go where it is filled in.</source>
        <translation>双击缺项（或选中后按回车键）即可转到填写之处。</translation>
    </message>
</context>
<context>
    <name>piadesk::RiskListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <source>R%1 %2 — %3</source>
        <translation>R%1 %2 — %3</translation>
    </message>
</context>
<context>
    <name>piadesk::RiskMap</name>
    <message>
        <source>Likelihood →</source>
        <translation>可能性 →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>影响程度 →</translation>
    </message>
    <message>
        <source>Before the measures</source>
        <translation>采取措施前</translation>
    </message>
    <message>
        <source>After the measures (target)</source>
        <translation>采取措施后（目标）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n risk(s)</source>
        <translation>
            <numerusform>%1：%n 项风险</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3 × %4: %5</source>
        <translation>%1 — %2，影响程度%3 × 可能性%4：%5</translation>
    </message>
</context>
<context>
    <name>piadesk::RisksPage</name>
    <message>
        <source>(no particular risk)</source>
        <translation>（不针对特定风险）</translation>
    </message>
    <message>
        <source>R%1 %2</source>
        <translation>R%1 %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Risk map</source>
        <translation>风险矩阵图</translation>
    </message>
    <message>
        <source>%1 before measures, %2 residual</source>
        <translation>措施前%1，残余风险%2</translation>
    </message>
    <message>
        <source>%1 residual, target %2 when measures are done</source>
        <translation>残余风险%1，措施完成后目标%2</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>The cause or weakness found, and its evidence (inspection, test report, interview, incidents in the sector)</source>
        <translation>发现的原因或薄弱环节及其证据（现场检查、检测报告、访谈、同行业已发生的安全事件）</translation>
    </message>
    <message>
        <source>%1 residual: no measure planned against it yet</source>
        <translation>残余风险%1：尚未针对该风险计划任何措施</translation>
    </message>
    <message>
        <source>Risk Not Removed</source>
        <translation>风险未删除</translation>
    </message>
</context>
<context>
    <name>piadesk::RuleSetLibrary</name>
    <message>
        <source>The rule set %1 is version %2, older than the version %3 PIAdesk already has.</source>
        <translation>规则集 %1 的版本为 %2，早于 PIAdesk 已有的版本 %3。</translation>
    </message>
    <message>
        <source>PIAdesk&apos;s rule set %1 is missing or invalid in %2. Reinstall PIAdesk.</source>
        <translation>%2 中的 PIAdesk 规则集 %1 缺失或无效。请重新安装 PIAdesk。</translation>
    </message>
</context>
<context>
    <name>piadesk::RuleSetLoader</name>
    <message>
        <source>needs a text in both Chinese (zh) and English (en).</source>
        <translation>需要同时提供中文（zh）和英文（en）文本。</translation>
    </message>
    <message>
        <source>must cite at least one article.</source>
        <translation>必须至少引用一个条款。</translation>
    </message>
    <message>
        <source>must be an article reference like &quot;frt:15&quot; or a source id like &quot;spp&quot;.</source>
        <translation>必须是条款引用（如“frt:15”）或依据编号（如“spp”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: lower-case letters, digits and &apos;_&apos;, in parts joined by &apos;.&apos;.</source>
        <translation>“%1”不是有效的编号：只能由小写字母、数字和“_”组成，各部分以“.”连接。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice.</source>
        <translation>“%1”被重复使用。</translation>
    </message>
    <message>
        <source>the id must begin with &quot;%1.&quot;.</source>
        <translation>编号必须以“%1.”开头。</translation>
    </message>
    <message>
        <source>ids ending in &quot;.conclusion&quot; or beginning with &quot;flag.&quot; are reserved.</source>
        <translation>以“.conclusion”结尾或以“flag.”开头的编号为保留编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case fact.</source>
        <translation>“%1”不是案件事实。</translation>
    </message>
    <message>
        <source>a question that shows a case fact takes its type from the fact.</source>
        <translation>显示案件事实的问题，其类型取自该事实。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an answer type (yes_no, yes_no_na, choice, multi_choice, number, date, text).</source>
        <translation>“%1”不是答案类型（yes_no、yes_no_na、choice、multi_choice、number、date、text）。</translation>
    </message>
    <message>
        <source>a choice needs at least two options.</source>
        <translation>选择题至少需要两个选项。</translation>
    </message>
    <message>
        <source>only choice and multi_choice questions have options.</source>
        <translation>只有 choice 和 multi_choice 类型的问题才有选项。</translation>
    </message>
    <message>
        <source>must be true or false, and only on questions that are asked.</source>
        <translation>必须是 true 或 false，且只能用于需要回答的问题。</translation>
    </message>
    <message>
        <source>only number questions have bounds, and a bound is a number.</source>
        <translation>只有 number 类型的问题才有取值范围，且范围必须是数字。</translation>
    </message>
    <message>
        <source>min is larger than max.</source>
        <translation>min 大于 max。</translation>
    </message>
    <message>
        <source>must be &quot;answered&quot; or a non-empty list of answer values.</source>
        <translation>必须是“answered”或非空的答案取值列表。</translation>
    </message>
    <message>
        <source>must be attachment, justification or either.</source>
        <translation>必须是 attachment、justification 或 either。</translation>
    </message>
    <message>
        <source>a case fact cannot require evidence here; ask a question instead.</source>
        <translation>案件事实在此不能要求证明材料；请改为设置问题。</translation>
    </message>
    <message>
        <source>%1 is not a value %2 can take (%3).</source>
        <translation>%1 不是 %2 可取的值（%3）。</translation>
    </message>
    <message>
        <source>article %1 is listed twice.</source>
        <translation>条款 %1 被重复列出。</translation>
    </message>
    <message>
        <source>a source with articles needs a citation with &quot;{n}&quot; or &quot;{cn}&quot;.</source>
        <translation>列有条款的依据需要包含“{n}”或“{cn}”的引用格式。</translation>
    </message>
    <message>
        <source>must list exactly %1, in this order.</source>
        <translation>必须按此顺序恰好列出 %1。</translation>
    </message>
    <message>
        <source>must list exactly %1.</source>
        <translation>必须恰好列出 %1。</translation>
    </message>
    <message>
        <source>the matrix needs a row for impact &quot;%1&quot; with one level for each of the %2 likelihoods.</source>
        <translation>矩阵需要为影响程度“%1”设一行，%2 种可能性各对应一个等级。</translation>
    </message>
    <message>
        <source>is not one of the risk levels (%1).</source>
        <translation>不是风险等级之一（%1）。</translation>
    </message>
    <message>
        <source>must raise (positive) or lower (negative) the impact.</source>
        <translation>必须提高（正数）或降低（负数）影响程度。</translation>
    </message>
    <message>
        <source>must be more_than or at_least.</source>
        <translation>必须是 more_than 或 at_least。</translation>
    </message>
    <message>
        <source>must be prefecture, province or national.</source>
        <translation>必须是 prefecture、province 或 national。</translation>
    </message>
    <message>
        <source>must list the filing materials.</source>
        <translation>必须列出备案材料。</translation>
    </message>
    <message>
        <source>materials must be numbered 1, 2, 3 … in order.</source>
        <translation>备案材料必须按 1、2、3……的顺序编号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not something a material can be filled from (%2, section:ID).</source>
        <translation>“%1”不是备案材料可以取值的来源（%2、section:ID）。</translation>
    </message>
    <message>
        <source>this is not a PIAdesk rule set (format &quot;piadesk-ruleset&quot;).</source>
        <translation>这不是 PIAdesk 规则集（格式应为“piadesk-ruleset”）。</translation>
    </message>
    <message>
        <source>this rule set was written for a newer PIAdesk (format %1; this one reads format %2). Update PIAdesk.</source>
        <translation>该规则集是为更新版本的 PIAdesk 编写的（格式 %1；本程序读取格式 %2）。请更新 PIAdesk。</translation>
    </message>
    <message>
        <source>may contain only lower-case letters, digits and &apos;-&apos;.</source>
        <translation>只能包含小写字母、数字和“-”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number like 1.2.0.</source>
        <translation>“%1”不是版本号（如 1.2.0）。</translation>
    </message>
    <message>
        <source>must be draft, in_force or repealed.</source>
        <translation>必须是 draft、in_force 或 repealed。</translation>
    </message>
    <message>
        <source>a conclusion needs at least two possible values.</source>
        <translation>结论至少需要两个可选值。</translation>
    </message>
    <message>
        <source>a rule set needs at least one section.</source>
        <translation>规则集至少需要一个部分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved.</source>
        <translation>“%1”为保留编号。</translation>
    </message>
    <message>
        <source>sections must be numbered 1, 2, 3 … in order.</source>
        <translation>各部分必须按 1、2、3……的顺序编号。</translation>
    </message>
    <message>
        <source>a section needs at least one question.</source>
        <translation>每个部分至少需要一个问题。</translation>
    </message>
    <message>
        <source>must be prohibited or condition.</source>
        <translation>必须是 prohibited 或 condition。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice.</source>
        <translation>“%1”被重复列出。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of this rule set.</source>
        <translation>“%1”不是本规则集中的部分。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case fact (%2).</source>
        <translation>“%1”不是案件事实（%2）。</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to fact &quot;%2&quot;.</source>
        <translation>运算符“%1”不适用于事实“%2”。</translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; is true or false.</source>
        <translation>事实“%1”的取值为 true 或 false。</translation>
    </message>
    <message>
        <source>fact &quot;%1&quot; is a number.</source>
        <translation>事实“%1”的取值为数字。</translation>
    </message>
    <message>
        <source>refers to question &quot;%1&quot;, which does not exist.</source>
        <translation>引用了不存在的问题“%1”。</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; shows the case fact &quot;%2&quot;; test the fact instead.</source>
        <translation>问题“%1”显示的是案件事实“%2”；请直接检验该事实。</translation>
    </message>
    <message>
        <source>refers to question &quot;%1&quot;, which comes later; a question can only depend on earlier ones.</source>
        <translation>引用了排在后面的问题“%1”；问题只能依赖排在前面的问题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cites a source the rule set does not declare.</source>
        <translation>“%1”引用了规则集未声明的依据。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cites an article that source &quot;%2&quot; does not list.</source>
        <translation>“%1”引用了依据“%2”中未列出的条款。</translation>
    </message>
    <message>
        <source>question id &quot;%1&quot; is used twice.</source>
        <translation>问题编号“%1”被重复使用。</translation>
    </message>
    <message>
        <source>the file is not valid JSON (%1 at byte %2).</source>
        <translation>文件不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>the file does not hold a JSON object.</source>
        <translation>文件中不是 JSON 对象。</translation>
    </message>
    <message>
        <source>Cannot read the rule set %1: %2.</source>
        <translation>无法读取规则集 %1：%2。</translation>
    </message>
    <message>
        <source>The rule set %1 is larger than 16 MB; it is not a rule set.</source>
        <translation>规则集 %1 超过 16 MB，不是规则集。</translation>
    </message>
    <message>
        <source>The rule set %1 was refused:
%2</source>
        <translation>规则集 %1 被拒绝：
%2</translation>
    </message>
    <message>
        <source>a case fact cannot be an adverse finding; use a red flag instead.</source>
        <translation>案件事实不能作为不利发现，请改用合规红线。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section of the rule set.</source>
        <translation>“%1”不是本规则集的部分。</translation>
    </message>
    <message>
        <source>the id must begin with a section&apos;s id and a dot (&quot;%1.&quot;), and not with &quot;screen.&quot; or &quot;risk.&quot;.</source>
        <translation>编号须以某一部分的编号加句点开头（如“%1.”），且不得以“screen.”或“risk.”开头。</translation>
    </message>
    <message>
        <source>must be the two digits that begin a division code (GB/T 2260), like &quot;33&quot;.</source>
        <translation>应为行政区划代码（GB/T 2260）开头的两位数字，例如“33”。</translation>
    </message>
    <message>
        <source>must list how an address names the province.</source>
        <translation>须列出地址中表示该省份的写法。</translation>
    </message>
    <message>
        <source>must be start_of_use or threshold_reached.</source>
        <translation>应为 start_of_use 或 threshold_reached。</translation>
    </message>
    <message>
        <source>must not be before reachedBefore.</source>
        <translation>不得早于 reachedBefore。</translation>
    </message>
    <message>
        <source>uploads must be numbered 1, 2, 3 … in order.</source>
        <translation>上传材料须按 1、2、3……依次编号。</translation>
    </message>
    <message>
        <source>must name a document template: lower-case letters and hyphens.</source>
        <translation>须为文件模板名称：小写字母和连字符。</translation>
    </message>
    <message>
        <source>must list at least two entries, each key once.</source>
        <translation>须列出至少两项，且每个键只出现一次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of the data map.</source>
        <translation>“%1”不是数据清单的栏目。</translation>
    </message>
    <message>
        <source>must list the activity&apos;s name (&quot;name&quot;).</source>
        <translation>须列出处理活动的名称（&quot;name&quot;）。</translation>
    </message>
</context>
<context>
    <name>piadesk::ScreeningPage</name>
    <message>
        <source>Facts that decide what the provisions allow. Red flags appear on the right as you answer.</source>
        <translation>决定相关规定是否允许的事实。回答时，右侧即时显示风险警示。</translation>
    </message>
    <message>
        <source>Condition — addressed</source>
        <translation>条件性 — 已说明</translation>
    </message>
    <message>
        <source>Condition — say how it is met</source>
        <translation>条件性 — 请说明如何满足</translation>
    </message>
    <message>
        <source>No red flag for the facts and answers so far.</source>
        <translation>根据目前的事实和回答，没有风险警示。</translation>
    </message>
    <message>
        <source>Note on the selected red flag</source>
        <translation>所选合规红线的备注</translation>
    </message>
    <message>
        <source>A note on this prohibited practice, kept in the report. It does not clear the flag: only stopping the practice (changing the fact or answer that raised it) does.</source>
        <translation>对该禁止情形的备注，载入报告。备注不能消除该情形：只有停止该做法（改变引起它的事实或回答）才能消除。</translation>
    </message>
    <message>
        <source>How the condition is met (kept in the report).</source>
        <translation>满足条件的方式（载入报告）。</translation>
    </message>
    <message>
        <source>Prohibited unless shown — basis not shown; blocks finalization</source>
        <translation>须说明依据的禁止情形 — 依据未说明，阻止定稿</translation>
    </message>
    <message>
        <source>Prohibited — the practice must stop; blocks finalization</source>
        <translation>禁止情形 — 必须停止该做法，阻止定稿</translation>
    </message>
    <message>
        <source>%1
%2 (%3)
%4</source>
        <extracomment>state, then the flag&apos;s title (its articles), then what it means</extracomment>
        <translation>%1
%2（%3）
%4</translation>
    </message>
    <message>
        <source>Not assessed under %1 (%2): %3</source>
        <translation>不按%1评估（%2）：%3</translation>
    </message>
</context>
<context>
    <name>piadesk::SectionPage</name>
    <message>
        <source>Art. 15 item %1: %2</source>
        <translation>第十五条第 %1 项：%2</translation>
    </message>
    <message>
        <source>(not concluded)</source>
        <translation>（未得出结论）</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>The trigger of this re-assessment calls for this item to be reviewed.</source>
        <translation>本次重新评估的触发事由要求复核此项。</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>第 %1 项：%2</translation>
    </message>
</context>
<context>
    <name>piadesk::SettingsDialog</name>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Default Case File</source>
        <translation>默认案卷文件</translation>
    </message>
    <message>
        <source>PIAdesk case files (*.piadesk);;All files (*)</source>
        <translation>PIAdesk 案卷文件 (*.piadesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
</context>
<context>
    <name>piadesk::TemplateEngine</name>
    <message>
        <source>The document template is invalid: %1</source>
        <translation>文档模板无效：%1</translation>
    </message>
</context>
<context>
    <name>piadesk::VersionDiff</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>%1 — impact %2, likelihood %3; after measures %4, %5</source>
        <translation>%1 — 影响程度%2，可能性%3；采取措施后为%4、%5</translation>
    </message>
    <message>
        <source>%1 — %2, due %3, %4</source>
        <translation>%1 — %2，期限 %3，%4</translation>
    </message>
    <message>
        <source>Justification: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 份证明文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Case name</source>
        <translation>案件名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>应用说明</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>场所</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Public place</source>
        <translation>是否公共场所</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <source>People stored</source>
        <translation>存储人数</translation>
    </message>
    <message>
        <source>Minors under 14</source>
        <translation>不满十四周岁的未成年人</translation>
    </message>
    <message>
        <source>Original images kept</source>
        <translation>保存原始图像</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Storage period</source>
        <translation>存储期限</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>匿名化处理</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Start of use</source>
        <translation>开始使用之日</translation>
    </message>
    <message>
        <source>End of use</source>
        <translation>停止使用之日</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Conclusion: %1</source>
        <translation>结论：%1</translation>
    </message>
    <message>
        <source>Red flag: %1</source>
        <translation>风险警示：%1</translation>
    </message>
    <message>
        <source>Risk: %1</source>
        <translation>风险：%1</translation>
    </message>
    <message>
        <source>Measure: %1</source>
        <translation>措施：%1</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Head count reached the threshold on</source>
        <translation>存储数量达到门槛之日</translation>
    </message>
    <message>
        <source>Data map: %1</source>
        <translation>数据清单：%1</translation>
    </message>
    <message>
        <source>Data map: %1 — %2</source>
        <translation>数据清单：%1 — %2</translation>
    </message>
</context>
<context>
    <name>piadesk::WorkCalendar</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>元旦</translation>
    </message>
    <message>
        <source>Spring Festival</source>
        <translation>春节</translation>
    </message>
    <message>
        <source>Tomb-sweeping Day</source>
        <translation>清明节</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>劳动节</translation>
    </message>
    <message>
        <source>Dragon Boat Festival</source>
        <translation>端午节</translation>
    </message>
    <message>
        <source>Mid-autumn Festival</source>
        <translation>中秋节</translation>
    </message>
    <message>
        <source>National Day</source>
        <translation>国庆节</translation>
    </message>
    <message>
        <source>Anti-Fascist 70th Day</source>
        <translation>抗战胜利70周年纪念日</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>节假日 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s) (%1)</source>
        <translation>
            <numerusform>节假日 %n 天（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Passed over %1 and %2; counted %3.</source>
        <translation>跳过%1和%2；计入%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>周末 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n make-up working day(s)</source>
        <translation>
            <numerusform>调休上班日 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>piadesk::Workbook</name>
    <message>
        <source>The workbook cannot be written: the output is not open for writing.</source>
        <translation>无法写入工作簿：输出未以写入方式打开。</translation>
    </message>
    <message>
        <source>The workbook cannot be written: no temporary directory (%1).</source>
        <translation>无法写入工作簿：没有临时目录（%1）。</translation>
    </message>
    <message>
        <source>The workbook cannot be created.</source>
        <translation>无法创建工作簿。</translation>
    </message>
    <message>
        <source>CAC filing workbook: %1</source>
        <translation>网信部门备案工作簿：%1</translation>
    </message>
    <message>
        <source>Filing form</source>
        <translation>备案表</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Person responsible for PI protection</source>
        <translation>个人信息保护负责人</translation>
    </message>
    <message>
        <source>Their title</source>
        <translation>负责人职务</translation>
    </message>
    <message>
        <source>Their phone</source>
        <translation>负责人电话</translation>
    </message>
    <message>
        <source>Their e-mail</source>
        <translation>负责人电子邮箱</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>应用说明</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>使用场所</translation>
    </message>
    <message>
        <source>Kind of place</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Public place</source>
        <translation>是否公共场所</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>处理目的</translation>
    </message>
    <message>
        <source>Identification methods</source>
        <translation>识别方式</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Storage location</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <source>Storage period</source>
        <translation>存储期限</translation>
    </message>
    <message>
        <source>Anonymization</source>
        <translation>匿名化处理</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People whose facial information is stored</source>
        <translation>存储人脸信息人数</translation>
    </message>
    <message>
        <source>Start of use</source>
        <translation>开始使用之日</translation>
    </message>
    <message>
        <source>End of use</source>
        <translation>停止使用之日</translation>
    </message>
    <message>
        <source>Assessment version</source>
        <translation>评估版本</translation>
    </message>
    <message>
        <source>Content hash of the report</source>
        <translation>评估报告内容哈希值</translation>
    </message>
    <message>
        <source>(draft: not finalized)</source>
        <translation>（草稿：未定稿）</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>备案材料</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>内容说明</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>风险登记</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响程度</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>行动计划</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限事项</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Met on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>How it was counted</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>The workbook cannot be written: %1.</source>
        <translation>无法写入工作簿：%1。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact&apos;s title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>联系人电子邮箱</translation>
    </message>
    <message>
        <source>Facts shown</source>
        <translation>所载事实</translation>
    </message>
    <message>
        <source>As recorded when version %1 was finalized</source>
        <translation>第 %1 版定稿时记录的事实</translation>
    </message>
    <message>
        <source>The case as it stands (draft)</source>
        <translation>案件当前的事实（草稿）</translation>
    </message>
    <message>
        <source>Changed in the case since</source>
        <translation>此后案件的变化</translation>
    </message>
    <message>
        <source>%1. A filing must rest on a version assessed on the current facts: re-assess first.</source>
        <translation>%1。备案应以依据现行事实评估的版本为准：请先重新评估。</translation>
    </message>
    <message>
        <source>Impact after measures (target)</source>
        <translation>措施后影响程度（目标）</translation>
    </message>
    <message>
        <source>Likelihood after measures (target)</source>
        <translation>措施后可能性（目标）</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>目标等级</translation>
    </message>
    <message>
        <source>Residual level (measures done only)</source>
        <translation>残余风险（仅计已完成的措施）</translation>
    </message>
    <message>
        <source>Description of the risk</source>
        <translation>风险描述</translation>
    </message>
    <message>
        <source>Number stored reached the filing threshold on</source>
        <translation>存储数量达到备案门槛之日</translation>
    </message>
    <message>
        <source>Rules applied</source>
        <translation>适用规则</translation>
    </message>
    <message>
        <source>Not ready to file</source>
        <translation>尚不能报送</translation>
    </message>
    <message>
        <source>Uploads to the filing system</source>
        <translation>向备案系统上传的材料</translation>
    </message>
    <message>
        <source>draft, not finalized</source>
        <translation>草稿，未定稿</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>第 %1 版（%2）</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Filing with</source>
        <translation>备案机关</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>备案类型</translation>
    </message>
    <message>
        <source>Filing required</source>
        <translation>是否需要备案</translation>
    </message>
    <message>
        <source>No filing is due</source>
        <translation>无须办理备案</translation>
    </message>
    <message>
        <source>Filing reference number</source>
        <translation>备案编号</translation>
    </message>
    <message>
        <source>(not yet assigned)</source>
        <translation>（尚未取得）</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Risk criteria</source>
        <translation>风险准则</translation>
    </message>
    <message>
        <source>All measures done</source>
        <translation>措施是否全部完成</translation>
    </message>
    <message>
        <source>Impact \ likelihood</source>
        <translation>影响程度 \ 可能性</translation>
    </message>
    <message>
        <source>Acceptable level</source>
        <translation>可接受的风险等级</translation>
    </message>
    <message>
        <source>A residual level above the acceptable level needs a recorded acceptance: who accepts it, when and why.</source>
        <translation>残余风险高于可接受等级的，须记录风险接受情况：由谁接受、何时接受及理由。</translation>
    </message>
    <message numerus="yes">
        <source>The impacts in the register include the rule set&apos;s adjustments for this case (%n step(s)).</source>
        <translation>
            <numerusform>风险登记中的影响程度已包含规则集对本案件的调整（%n 级）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk no.</source>
        <translation>风险序号</translation>
    </message>
    <message>
        <source>Filing due</source>
        <translation>备案期限</translation>
    </message>
    <message>
        <source>Risk source</source>
        <translation>风险源</translation>
    </message>
    <message>
        <source>Cause and evidence of the likelihood</source>
        <translation>可能性判定的原因与证据</translation>
    </message>
    <message>
        <source>Data map</source>
        <translation>数据清单</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>This version records no data map.</source>
        <translation>本版本未记录数据清单。</translation>
    </message>
</context>
<context>
    <name>piadesk::Workflow</name>
    <message>
        <source>Case %1 is assessed under the rule set &quot;%2&quot;, which this PIAdesk does not have. Load it with --rules FILE.</source>
        <translation>案件 %1 按规则集“%2”评估，但本 PIAdesk 没有该规则集。请用 --rules FILE 加载。</translation>
    </message>
    <message>
        <source>There is no assessment version %1.</source>
        <translation>没有第 %1 版评估。</translation>
    </message>
    <message>
        <source>%1: not scheduled</source>
        <translation>%1：未排期</translation>
    </message>
    <message>
        <source>%1 overdue since %2</source>
        <translation>%1 自 %2 起逾期</translation>
    </message>
    <message>
        <source>%1 due %2</source>
        <translation>%1 应于 %2 前办理</translation>
    </message>
    <message>
        <source>De-registered %1</source>
        <translation>已于 %1 注销备案</translation>
    </message>
    <message>
        <source>Filed %1</source>
        <translation>已于 %1 备案</translation>
    </message>
    <message>
        <source>Filing required</source>
        <translation>须备案</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>无须备案</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (not scheduled)</source>
        <translation>%1（未排期）</translation>
    </message>
    <message>
        <source>There is no rule set &quot;%1&quot;. PIAdesk has: %2.</source>
        <translation>没有规则集“%1”。PIAdesk 现有：%2。</translation>
    </message>
    <message>
        <source>Assessing the case under another rule set is a change of its legal basis: give the trigger &quot;legal_basis_changed&quot;.</source>
        <translation>改按另一规则集评估属于法律依据变化：请将触发原因设为“legal_basis_changed”。</translation>
    </message>
    <message>
        <source>The case is already assessed under %1: name the rule set it moves to.</source>
        <translation>该案件已按%1评估：请指明改用的规则集。</translation>
    </message>
    <message>
        <source>Re-assessed under %1 (%2).</source>
        <translation>按%1（%2）重新评估。</translation>
    </message>
    <message>
        <source>Describe what changed or happened: the report and the filing change cite it.</source>
        <translation>请说明发生了什么变化或事件：评估报告和变更备案将引用该说明。</translation>
    </message>
    <message>
        <source>Give the date of the change or incident: deadlines are counted from it.</source>
        <translation>请填写变化或事件发生的日期：期限自该日起计算。</translation>
    </message>
    <message>
        <source>%1, %2 (estimated)</source>
        <translation>%1，%2（估算）</translation>
    </message>
</context>
</TS>
