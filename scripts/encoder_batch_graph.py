#!/usr/bin/env python3
"""The graph of the sentence encoder's batch session (nlu/SentenceEmbedder, nlu/BatchGraph): the quantized
all-MiniLM-L6-v2 rewritten so that every sequence of a batch is quantized with its own range, as a run of that sequence
alone is, so a batch gives every text the same vector, bit for bit, as a run of its own.

The model quantizes its activations dynamically (DynamicQuantizeLinear: one scale and zero point for the whole input
tensor, from its minimum and maximum), so in a plain batch one text's activations are rounded on the range of all the
texts (measured: 1 - cosine up to 0.05 against the text alone). Here each DynamicQuantizeLinear becomes the same
arithmetic per sequence (minimum and maximum over the sequence's real tokens, mask 1; scale = (max(0, max) -
min(0, min)) / 255; zero point = round-half-even(clip(0 - min / scale, 0, 255)); QuantizeLinear per sequence, axis 0),
and each MatMulInteger runs with zero point 0 on A, its exact integer correction (zero point times the column sums of
B - its zero points) subtracted afterwards in int32. The scale products, the bias additions and the rest of the graph
are the model's own.

Writes only the nodes, the opset and the new small initializers (the column sums): the service splices them into
the model it loads from the langchain4j jar (whose weights are not copied) and checks the model's CRC first.

Usage: python3 scripts/encoder_batch_graph.py MODEL.onnx OUT.onnx   (needs the onnx package)
"""
import sys
import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto

src, dst = sys.argv[1], sys.argv[2]
m = onnx.load(src)
g = m.graph
init = {i.name: i for i in g.initializer}
const = {}
for n in g.node:
    if n.op_type == 'Constant':
        const[n.output[0]] = numpy_helper.to_array(n.attribute[0].t)
cons = {}
for n in g.node:
    for i in n.input:
        cons.setdefault(i, []).append(n)

def arr(name):
    return numpy_helper.to_array(init[name]) if name in init else const[name]

new_nodes = []
new_inits = []
# mask as [B, T, 1] bool, shared
new_nodes += [
    helper.make_node('Cast', ['attention_mask'], ['psq_mask_bool'], to=TensorProto.BOOL),
    helper.make_node('Unsqueeze', ['psq_mask_bool'], ['psq_mask3'], axes=[2]),
    helper.make_node('Where', ['psq_mask3', 'psq_zero', 'psq_inf'], ['psq_pen_min']),
    helper.make_node('Where', ['psq_mask3', 'psq_zero', 'psq_ninf'], ['psq_pen_max']),
]
new_inits += [numpy_helper.from_array(np.array(np.inf, dtype=np.float32), 'psq_inf'),
              numpy_helper.from_array(np.array(-np.inf, dtype=np.float32), 'psq_ninf'),
              numpy_helper.from_array(np.array(0, dtype=np.float32), 'psq_zero'),
              numpy_helper.from_array(np.array(255, dtype=np.float32), 'psq_255')]
replaced = set()
out_nodes = []
for n in g.node:
    if n.op_type == 'DynamicQuantizeLinear':
        x = n.input[0]
        yq, ys, yzp = n.output
        p = yq + '_psq'
        out_nodes += [
            helper.make_node('ReduceMin', [x], [p + '_tokMin'], axes=[2], keepdims=1),
            helper.make_node('ReduceMax', [x], [p + '_tokMax'], axes=[2], keepdims=1),
            helper.make_node('Add', [p + '_tokMin', 'psq_pen_min'], [p + '_forMin']),
            helper.make_node('Add', [p + '_tokMax', 'psq_pen_max'], [p + '_forMax']),
            helper.make_node('ReduceMin', [p + '_forMin'], [p + '_min'], axes=[1], keepdims=1),
            helper.make_node('ReduceMax', [p + '_forMax'], [p + '_max'], axes=[1], keepdims=1),
            helper.make_node('Min', [p + '_min', 'psq_zero'], [p + '_min0']),
            helper.make_node('Max', [p + '_max', 'psq_zero'], [p + '_max0']),
            helper.make_node('Sub', [p + '_max0', p + '_min0'], [p + '_range']),
            helper.make_node('Div', [p + '_range', 'psq_255'], [ys]),  # [B,1,1]
            helper.make_node('Div', [p + '_min0', ys], [p + '_mindiv']),
            helper.make_node('Sub', ['psq_zero', p + '_mindiv'], [p + '_zpf']),
            helper.make_node('Clip', [p + '_zpf', 'psq_zero', 'psq_255'], [p + '_zpc']),
            helper.make_node('Round', [p + '_zpc'], [p + '_zpr']),
            helper.make_node('Cast', [p + '_zpr'], [yzp], to=TensorProto.UINT8),  # [B,1,1]
            helper.make_node('Reshape', [ys, 'psq_flat'], [p + '_scale1']),
            helper.make_node('Reshape', [yzp, 'psq_flat'], [p + '_zp1']),
            helper.make_node('QuantizeLinear', [x, p + '_scale1', p + '_zp1'], [yq], axis=0),
            helper.make_node('Cast', [yzp], [p + '_zp_i32'], to=TensorProto.INT32),
        ]
        continue
    if n.op_type == 'MatMulInteger':
        a, w, azp, wzp = n.input
        out = n.output[0]
        W = arr(w).astype(np.int32); WZ = arr(wzp).astype(np.int32)
        S = (W - WZ[None, :]).sum(axis=0).astype(np.int32)  # [N]
        sname = out + '_colsum'
        new_inits.append(numpy_helper.from_array(S, sname))
        out_nodes += [
            helper.make_node('MatMulInteger', [a, w, '', wzp], [out + '_nozp']),
            helper.make_node('Mul', [azp.replace('_zero_point', '_quantized') + '_psq_zp_i32', sname], [out + '_corr']),
            helper.make_node('Sub', [out + '_nozp', out + '_corr'], [out]),
        ]
        continue
    out_nodes.append(n)
new_inits.append(numpy_helper.from_array(np.array([-1], dtype=np.int64), 'psq_flat'))
del g.node[:]
g.node.extend(new_nodes + out_nodes)
g.initializer.extend(new_inits)
# opset 13 for per-axis QuantizeLinear
for o in m.opset_import:
    if o.domain in ('', 'ai.onnx'):
        o.version = 13
# ReduceMin/Max in opset 13 still take axes attribute (until 18); Unsqueeze in 13 takes axes as input
for n in g.node:
    if n.op_type == 'Unsqueeze' and any(a.name == 'axes' for a in n.attribute):
        axes = [a for a in n.attribute if a.name == 'axes'][0].ints
        name = n.output[0] + '_axes'
        g.initializer.append(numpy_helper.from_array(np.array(list(axes), dtype=np.int64), name))
        for a in list(n.attribute):
            if a.name == 'axes':
                n.attribute.remove(a)
        n.input.append(name)
    if n.op_type in ('ReduceSum',) and any(a.name == 'axes' for a in n.attribute):
        raise SystemExit('ReduceSum axes')
    if n.op_type == 'Split' or n.op_type == 'Squeeze':
        print('check', n.op_type)
onnx.checker.check_model(m)
if len(sys.argv) > 3 and sys.argv[3] == '--whole':
    onnx.save(m, dst)  # the whole rewritten model, for checking with onnxruntime in Python
else:
    kept = [i for i in g.initializer if i.name not in init]  # the new initializers only
    del g.initializer[:]
    g.initializer.extend(kept)
    onnx.save(m, dst)
print('nodes', len(g.node), 'new initializers', len(kept) if len(sys.argv) <= 3 else '-')
