import Foundation

/// A point in canvas units (pixels at scale 1, points in PDF).
public struct Point: Equatable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A width and a height.
public struct Size: Equatable, Sendable {
    public var width: Double
    public var height: Double
    public init(width: Double, height: Double) { self.width = width; self.height = height }
}

/// An axis-aligned rectangle; `y` grows downwards.
public struct Rect: Equatable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// Whether the two rectangles share any area (touching edges do not count).
    public func intersects(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        minX < other.maxX - tolerance && other.minX < maxX - tolerance
            && minY < other.maxY - tolerance && other.minY < maxY - tolerance
    }

    /// Whether `other` lies wholly inside this rectangle.
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.minX >= minX - tolerance && other.maxX <= maxX + tolerance
            && other.minY >= minY - tolerance && other.maxY <= maxY + tolerance
    }

    /// The rectangle shrunk by the given margins.
    public func inset(top: Double = 0, left: Double = 0, bottom: Double = 0, right: Double = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: max(0, width - left - right), height: max(0, height - top - bottom))
    }
}

/// An sRGB colour with alpha, components 0…1.
public struct Color: Equatable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double
    public var alpha: Double

    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from `0xRRGGBB`.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xFF) / 255, green: Double((hex >> 8) & 0xFF) / 255,
                  blue: Double(hex & 0xFF) / 255, alpha: alpha)
    }

    /// Relative luminance (0 black … 1 white), for choosing readable text on a fill.
    public var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }
}

/// A shape made of straight segments and rectangles.
public struct Path: Equatable, Sendable {
    public enum Element: Equatable, Sendable {
        case move(Point)
        case line(Point)
        case rectangle(Rect)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    /// A rectangle.
    public static func rectangle(_ rect: Rect) -> Path {
        var path = Path()
        path.elements.append(.rectangle(rect))
        return path
    }

    /// A straight line between two points.
    public static func line(from start: Point, to end: Point) -> Path {
        var path = Path()
        path.move(to: start)
        path.line(to: end)
        return path
    }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> Path {
        var path = Path()
        guard let first = points.first else { return path }
        path.move(to: first)
        for point in points.dropFirst() { path.line(to: point) }
        path.close()
        return path
    }

    /// A circle around `center`, as a regular polygon of `sides` sides: round to the eye at
    /// marker sizes, and drawn alike by every canvas.
    public static func circle(center: Point, radius: Double, sides: Int = 20) -> Path {
        polygon((0..<sides).map { side in
            let angle = 2 * Double.pi * Double(side) / Double(sides)
            return Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
        })
    }

    public mutating func move(to point: Point) { elements.append(.move(point)) }
    public mutating func line(to point: Point) { elements.append(.line(point)) }
    public mutating func close() { elements.append(.close) }
}

extension Point {
    /// This point moved by `delta`.
    func offset(by delta: Point) -> Point { Point(x: x + delta.x, y: y + delta.y) }

    /// The opposite displacement.
    var negated: Point { Point(x: -x, y: -y) }
}

extension Rect {
    /// This rectangle moved by `delta`.
    func offset(by delta: Point) -> Rect { Rect(x: x + delta.x, y: y + delta.y, width: width, height: height) }
}

extension Path {
    /// This path moved by `delta`.
    func offset(by delta: Point) -> Path {
        var moved = Path()
        moved.elements = elements.map { element in
            switch element {
            case .move(let point): return .move(point.offset(by: delta))
            case .line(let point): return .line(point.offset(by: delta))
            case .rectangle(let rect): return .rectangle(rect.offset(by: delta))
            case .close: return .close
            }
        }
        return moved
    }
}
