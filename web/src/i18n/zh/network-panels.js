// 网络实验的逐步演算、梯度检验和损失地形面板的文字。
export default {
  'networkPanels.step.title': '逐步演算一个样本',
  'networkPanels.step.hint':
    '选一个训练样本（输入编号，或在数据图上点选），然后逐个神经元走完前向传播，再用 BP1–BP4 反向传播。所有数字都来自计算核心本身。',
  'networkPanels.step.sample': '样本',
  'networkPanels.step.of': '共 {count} 个',
  'networkPanels.step.pickHint': '点击一个数据点即可选中它。',
  'networkPanels.step.prev': '◀ 上一步',
  'networkPanels.step.next': '下一步 ▶',
  'networkPanels.step.slider': '演算到第几步',
  'networkPanels.step.forward': '前向传播',
  'networkPanels.step.backward': '反向传播',
  'networkPanels.step.position':
    '{phase} · 第 {layer} 层 · 第 {neuron} 个神经元 —— 第 {step} 步，共 {count} 步',
  'networkPanels.step.badSample': '样本编号应在 0 到 {max} 之间。',
  'networkPanels.step.noData': '没有可以演算的训练样本。',
  'networkPanels.check.title': '梯度检验',
  'networkPanels.check.hint':
    '对每个权重和偏置，把反向传播算出的梯度与中心差分 (C(θ + h) − C(θ − h)) / 2h 比较。' +
    '相对误差不超过 1e-7，或不超过有限差分在该处能分辨的精度（代价的舍入误差与差分格式本身的误差），就判为正确。',
  'networkPanels.check.run': '检验全部梯度',
  'networkPanels.check.fivePoint': '五点差分（四阶精度，步长 1e-3）',
  'networkPanels.check.running': '正在检验…',
  'networkPanels.check.changed': '检验过程中权重变了（训练还在运行？）。请先暂停，再重新检验。',
  'networkPanels.check.stale': '这次检验之后权重已经变化；重新运行即可检验新的权重。',
  'networkPanels.check.summary':
    '最大相对误差 {max}，出现在 {parameter} · 共 {count} 个参数：{good} 个正确，{warn} 个可疑，' +
    '{bad} 个错误，{kink} 个位于拐点',
  'networkPanels.check.legend':
    '绿色：正确；黄色：可疑（相对误差小于 {warn}）；红色：错误；灰色：差分步长内有拐点' +
    '（ReLU 的输入或 L1 权重为 0、代价被截断）：该处不可导，介于左右单侧斜率之间的值都算对。',
  'networkPanels.check.kinkTitle':
    '此处不可导：有限差分的步长内有一个拐点。反向传播的值位于左右单侧斜率之间，正是次梯度应有的样子。',
  'networkPanels.check.cost':
    '本次检验：{evaluations} 次代价计算，用时 {ms} 毫秒。前向差分需要 n + 1 = {forward} 次，' +
    '中心差分需要 2n = {central} 次；反向传播只需一次前向和一次反向传播就得到全部 n 个偏导数。',
  'networkPanels.check.parameter': '参数',
  'networkPanels.check.analytic': '反向传播',
  'networkPanels.check.numeric': '有限差分',
  'networkPanels.check.relativeError': '相对误差',
  'networkPanels.check.page': '第 {page} 页，共 {pages} 页',
  'networkPanels.landscape.title': '损失地形',
  'networkPanels.landscape.hint':
    '过当前权重的一个平面上的代价 C(θ + α d₁ + β d₂)，d₁、d₂ 是两个按滤波器归一化的随机方向（Li 等，2018）。白线：训练路径在平面上的投影；红点：当前权重。',
  'networkPanels.landscape.resolution': '分辨率',
  'networkPanels.landscape.span': 'α 和 β 的范围',
  'networkPanels.landscape.logColor': '对数配色',
  'networkPanels.landscape.recompute': '以当前权重为中心重新计算',
  'networkPanels.landscape.centre': '中心处的 C（α = β = 0）',
  'networkPanels.landscape.cost': '当前训练代价',
  'networkPanels.landscape.range': '切片上的取值范围',
  'networkPanels.landscape.moved': '训练已使权重离开中心；重新计算即可让切片以新权重为中心。',
};
