package com.clinicfaq.chatbot.nlu;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The sentence encoder's batch model: the quantized all-MiniLM-L6-v2 with its graph replaced by one that quantizes
 * every sequence of a batch on its own range (written by {@code scripts/encoder_batch_graph.py}, which says why: with
 * the model's own graph a batch rounds each text on the range of all of them, and the vectors move). Only the graph's
 * nodes, its opset and a few small new initializers ship in the resource; the weights are the model's, spliced in
 * here at the level of protobuf fields (ModelProto field 7 is the graph, 8 the opset; GraphProto field 1 is a node,
 * 5 an initializer), so nothing here needs ONNX's protobuf classes.
 */
final class BatchGraph {

	private static final int MODEL_GRAPH = 7;

	private static final int MODEL_OPSET = 8;

	private static final int GRAPH_NODE = 1;

	private static final int GRAPH_INITIALIZER = 5;

	private BatchGraph() {
	}

	/**
	 * The model with the patch's nodes, new initializers and opset in place of its own nodes and opset.
	 */
	static byte[] splice(byte[] model, byte[] patch) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(model.length + patch.length);
		try {
			splice(model, patch, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * As {@link #splice(byte[], byte[])}, written to {@code out} as it goes (no copy of the model in memory).
	 */
	static void splice(byte[] model, byte[] patch, OutputStream out) throws IOException {
		Field patchGraph = only(patch, MODEL_GRAPH);
		Field modelGraph = only(model, MODEL_GRAPH);
		// the graph: the patch's nodes, then the model's graph without its nodes (initializers, inputs, outputs,
		// names), then the patch's new initializers
		long graphLength = fieldsLength(patch, patchGraph.start, patchGraph.end, GRAPH_NODE, true)
				+ fieldsLength(model, modelGraph.start, modelGraph.end, GRAPH_NODE, false)
				+ fieldsLength(patch, patchGraph.start, patchGraph.end, GRAPH_INITIALIZER, true);
		int at = 0;
		boolean opsetWritten = false;
		while (at < model.length) {
			Field field = Field.at(model, at);
			if (field.number == MODEL_GRAPH) {
				writeTag(out, MODEL_GRAPH, 2);
				writeVarint(out, graphLength);
				copyFields(patch, patchGraph.start, patchGraph.end, GRAPH_NODE, true, out);
				copyFields(model, modelGraph.start, modelGraph.end, GRAPH_NODE, false, out);
				copyFields(patch, patchGraph.start, patchGraph.end, GRAPH_INITIALIZER, true, out);
			}
			else if (field.number == MODEL_OPSET) {
				if (!opsetWritten) {
					copyFields(patch, 0, patch.length, MODEL_OPSET, true, out);
					opsetWritten = true;
				}
			}
			else {
				out.write(model, field.tagStart, field.end - field.tagStart);
			}
			at = field.end;
		}
	}

	private static long fieldsLength(byte[] bytes, int start, int end, int number, boolean matching) {
		long length = 0;
		int at = start;
		while (at < end) {
			Field field = Field.at(bytes, at);
			if ((field.number == number) == matching) {
				length += field.end - field.tagStart;
			}
			at = field.end;
		}
		return length;
	}

	/** Copies the fields of {@code bytes[start, end)} numbered {@code number} (or all others) to {@code out}. */
	private static void copyFields(byte[] bytes, int start, int end, int number, boolean matching, OutputStream out)
			throws IOException {
		int at = start;
		while (at < end) {
			Field field = Field.at(bytes, at);
			if ((field.number == number) == matching) {
				out.write(bytes, field.tagStart, field.end - field.tagStart);
			}
			at = field.end;
		}
	}

	private static Field only(byte[] bytes, int number) {
		Field found = null;
		int at = 0;
		while (at < bytes.length) {
			Field field = Field.at(bytes, at);
			if (field.number == number) {
				if (found != null) {
					throw new IllegalArgumentException("more than one field " + number);
				}
				found = field;
			}
			at = field.end;
		}
		if (found == null || found.wireType != 2) {
			throw new IllegalArgumentException("no message field " + number);
		}
		return found;
	}

	private static void writeTag(OutputStream out, int number, int wireType) throws IOException {
		writeVarint(out, ((long) number << 3) | wireType);
	}

	private static void writeVarint(OutputStream out, long value) throws IOException {
		long v = value;
		while ((v & ~0x7FL) != 0) {
			out.write((int) ((v & 0x7F) | 0x80));
			v >>>= 7;
		}
		out.write((int) v);
	}

	/**
	 * One field of a protobuf message: its tag's start, its number and wire type, its payload's start (after the
	 * length, for a length-delimited field) and its end.
	 */
	private record Field(int tagStart, int number, int wireType, int start, int end) {

		static Field at(byte[] bytes, int at) {
			long[] tag = varint(bytes, at);
			int number = (int) (tag[0] >>> 3);
			int wireType = (int) (tag[0] & 7);
			int next = (int) tag[1];
			return switch (wireType) {
				case 0 -> new Field(at, number, wireType, next, (int) varint(bytes, next)[1]);
				case 1 -> new Field(at, number, wireType, next, next + 8);
				case 5 -> new Field(at, number, wireType, next, next + 4);
				case 2 -> {
					long[] length = varint(bytes, next);
					int start = (int) length[1];
					yield new Field(at, number, wireType, start, Math.addExact(start, (int) length[0]));
				}
				default -> throw new IllegalArgumentException("unsupported protobuf wire type " + wireType);
			};
		}

		/** The varint at {@code at}: its value and the offset after it. */
		private static long[] varint(byte[] bytes, int at) {
			long value = 0;
			int shift = 0;
			int i = at;
			while (true) {
				if (i >= bytes.length || shift > 63) {
					throw new IllegalArgumentException("truncated protobuf");
				}
				byte b = bytes[i++];
				value |= (long) (b & 0x7F) << shift;
				if ((b & 0x80) == 0) {
					return new long[] { value, i };
				}
				shift += 7;
			}
		}

	}

}
