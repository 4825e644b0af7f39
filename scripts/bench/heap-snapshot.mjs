// What a JS heap is made of, from a CDP heap snapshot: the bench uses it to tell a leak (more
// objects the page can reach) from V8 warming up (optimised code and its own bookkeeping).

/** @typedef {{ code: number, engine: number, objects: number }} HeapBreakdown bytes (self sizes) */

/**
 * Takes a heap snapshot and sums self sizes into three kinds:
 * - code: compiled functions (node type "code": bytecode, baseline and optimised machine code);
 * - engine: V8's internal structures ("system / …": maps, weak lists, feedback, descriptors);
 * - objects: everything else on the JS heap (objects, closures, strings, arrays…), what a leak adds to.
 * Native (Blink C++) nodes are left out: they are not part of the JS heap's used size.
 * @returns {Promise<HeapBreakdown>}
 */
export async function heapBreakdown(session) {
  const chunks = [];
  const onChunk = (event) => chunks.push(event.chunk);
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const typeNames = snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field));
  const sums = { code: 0, engine: 0, objects: 0 };
  for (let index = 0; index < nodes.length; index += fields.length) {
    const type = typeNames[nodes[index + typeAt]];
    if (type === 'native' || type === 'synthetic') continue;
    const size = nodes[index + sizeAt];
    if (type === 'code') sums.code += size;
    else if (strings[nodes[index + nameAt]].startsWith('system /')) sums.engine += size;
    else sums.objects += size;
  }
  return sums;
}
